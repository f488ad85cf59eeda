export const KAFKA_CLIENT = Symbol('KAFKA_CLIENT');
export const KAFKA_OPTIONS = Symbol('KAFKA_OPTIONS');

export interface KafkaModuleOptions {
  /** The producing service, used in client ids, the CloudEvents `source` and its consumer group. */
  service: string;
  brokers: string[];
  consumers: {
    /** The consumer group is `<groupPrefix>.<service>`. */
    groupPrefix: string;
    /** How often the group's lag is sampled into demarche_consumer_lag. */
    lagIntervalMs: number;
  };
}
