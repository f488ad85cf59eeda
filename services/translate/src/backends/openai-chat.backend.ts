import { Logger } from '@nestjs/common';
import { BackendUnavailableError } from './backend-errors.js';
import { translateInPieces } from './chunked-paragraphs.js';
import { allPairs, endpoint, requestJson } from './http-client.js';
import { pairKey, type TranslationBackend } from './translation-backend.js';

export interface OpenAiChatOptions {
  /** Base URL including the API version path, e.g. http://127.0.0.1:8000/v1 */
  url: string;
  apiKey?: string;
  model: string;
  /** Languages the model is trusted with; an LLM cannot list its pairs, so they are configured. */
  languages: string[];
  timeoutMs: number;
}

type ChatAnswer = { choices?: { message?: { content?: string }; finish_reason?: string }[] };

/**
 * An OpenAI-compatible chat-completions endpoint (vLLM, llama.cpp server, Ollama, …).
 * One paragraph piece per request, so the model can neither merge nor drop paragraphs.
 * Discovery checks that the server answers and serves the model (GET /models).
 */
export class OpenAiChatBackend implements TranslationBackend {
  readonly name = 'openai';
  readonly version: string;
  private readonly logger = new Logger(OpenAiChatBackend.name);

  constructor(private readonly options: OpenAiChatOptions) {
    this.version = options.model;
  }

  modelFor(): string {
    return this.options.model;
  }

  private get headers(): Record<string, string> {
    return { 'content-type': 'application/json', ...(this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {}) };
  }

  async pairs(): Promise<Set<string> | undefined> {
    try {
      const models = await requestJson<{ data?: { id: string }[] }>(this.name, endpoint(this.options.url, 'models'), { headers: this.headers }, this.options.timeoutMs);
      if (!models.data?.some((m) => m.id === this.options.model)) {
        this.logger.warn({ msg: 'model not served', model: this.options.model });
        return new Set();
      }
      return allPairs(this.options.languages, this.options.languages, pairKey);
    } catch (error) {
      this.logger.debug({ msg: 'openai-compatible endpoint unreachable', error: (error as Error).message });
      return undefined;
    }
  }

  translate(paragraphs: string[], from: string, to: string): Promise<string[]> {
    return translateInPieces(this.name, paragraphs, 4_000, 1, async ([text]) => [await this.complete(text, from, to)]);
  }

  private async complete(text: string, from: string, to: string): Promise<string> {
    const answer = await requestJson<ChatAnswer>(
      this.name,
      endpoint(this.options.url, 'chat/completions'),
      {
        method: 'POST',
        headers: this.headers,
        body: JSON.stringify({
          model: this.options.model,
          temperature: 0,
          messages: [
            {
              role: 'system',
              content:
                `You are a translation engine. Translate the user's text from ${languageName(from)} to ${languageName(to)}. ` +
                'Answer with the translation only: no notes, no quotes, no markup.',
            },
            { role: 'user', content: text },
          ],
        }),
      },
      this.options.timeoutMs,
    );
    const choice = answer.choices?.[0];
    // A reply cut by the token limit is a partial translation: not one we may publish.
    if (choice?.finish_reason === 'length') throw new BackendUnavailableError('openai: answer cut at the token limit');
    return choice?.message?.content?.trim() ?? '';
  }
}

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
