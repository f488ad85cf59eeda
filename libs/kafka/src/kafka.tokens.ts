export const KAFKA_CLIENT = Symbol('KAFKA_CLIENT');
export const KAFKA_OPTIONS = Symbol('KAFKA_OPTIONS');

export interface KafkaModuleOptions {
  /** The producing service, used in client ids and the CloudEvents `source`. */
  service: string;
  brokers: string[];
}
