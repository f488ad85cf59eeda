import type { StartedDockerComposeEnvironment } from 'testcontainers';
import { root } from '../../scripts/lib/services.mjs';

/**
 * Where a Docker engine answers, the e2e tests get Kafka, Elasticsearch, PostgreSQL and Apertium
 * from docker-compose.yml through testcontainers, on the same ports as the local stack.
 */
export async function startContainers(): Promise<StartedDockerComposeEnvironment> {
  // Loaded only when used: no Docker engine, no Docker client code.
  const { DockerComposeEnvironment, Wait } = await import('testcontainers');
  return new DockerComposeEnvironment(root, 'docker-compose.yml')
    .withBuild()
    .withWaitStrategy('kafka-1', Wait.forHealthCheck())
    .withWaitStrategy('elasticsearch-1', Wait.forHealthCheck())
    .withWaitStrategy('postgres-1', Wait.forHealthCheck())
    .withWaitStrategy('apertium-1', Wait.forHealthCheck())
    .withStartupTimeout(300_000)
    .up(['kafka', 'elasticsearch', 'postgres', 'apertium']);
}
