export * from '../../libs/nlp/scripts/enrich-cli.mjs';
