import { SetMetadata } from '@nestjs/common';
import { MetadataScanner, Reflector } from '@nestjs/core';
import type { ConsumedMessage } from './consumed-message.js';

/** An event contract: its class validates the value; `topic` and `type` say where it travels and what it is. */
export type Contract<T extends object = object> = (new () => T) & { readonly type: string; readonly topic: string };

export interface ConsumesOptions {
  /**
   * The consumer only observes a topic another stage owns (ingest's ledger): a message it cannot
   * read is logged and skipped, not dead-lettered — the owning stage dead-letters it, once.
   */
  observer?: boolean;
}

/** What a handler method was declared for: decoded events of a contract, or raw records of topics. */
export type Consumption =
  | { kind: 'event'; contract: Contract; options: ConsumesOptions }
  | { kind: 'records'; topics: string[] };

export const CONSUMES = Symbol('demarche:consumes');

/**
 * Marks a provider method as the handler of a contract's topic: `(event, meta) => Promise`. The
 * service's consumer group (KafkaConsumers) decodes and validates each message, runs the handler,
 * dead-letters what is bad and waits out what is down (MessageProcessor).
 */
export const Consumes = (contract: Contract, options: ConsumesOptions = {}): MethodDecorator =>
  SetMetadata<symbol, Consumption>(CONSUMES, { kind: 'event', contract, options });

/**
 * Marks a provider method as the handler of these topics' records, undecoded: `(message) => Promise`.
 * No dead letters, no retries: the handler deals with its own failures (ingest's dead-letter reader).
 */
export const ConsumesRecords = (...topics: string[]): MethodDecorator =>
  SetMetadata<symbol, Consumption>(CONSUMES, { kind: 'records', topics });

export type RecordHandler = (message: ConsumedMessage) => Promise<void>;

/** The handler methods of a class (its prototype), each with what it consumes. */
export function declaredHandlers(prototype: object): { method: string; consumption: Consumption }[] {
  const reflector = new Reflector();
  return new MetadataScanner().getAllMethodNames(prototype).flatMap((method) => {
    const consumption = reflector.get<Consumption | undefined>(CONSUMES, (prototype as Record<string, () => unknown>)[method]);
    return consumption ? [{ method, consumption }] : [];
  });
}

export const topicsOf = (consumption: Consumption): string[] =>
  consumption.kind === 'records' ? consumption.topics : [consumption.contract.topic];

