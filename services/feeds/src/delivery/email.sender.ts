import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { FeedsConfig } from '../config/feeds.config.js';
import type { EmailMessage } from './email-message.js';

export interface EmailOutcome {
  ok: boolean;
  /** The SMTP reply code (250 when accepted). */
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** Sends e-mail through the SMTP server of SMTP_URL with nodemailer (one transport per process). */
@Injectable()
export class EmailSender implements OnApplicationShutdown {
  private transport?: Transporter;
  private readonly url?: string;

  constructor(config: FeedsConfig) {
    this.url = config.email.smtpUrl;
  }

  async send(message: EmailMessage): Promise<EmailOutcome> {
    const started = Date.now();
    if (!this.url) return { ok: false, statusCode: null, error: 'e-mail delivery is not configured (SMTP_URL)', durationMs: 0 };
    // Options may ride on the URL's query (`?pool=true&connectionTimeout=10000`), as nodemailer reads them there.
    this.transport ??= nodemailer.createTransport(this.url);
    try {
      const info = await this.transport.sendMail(message);
      const code = Number(/^(\d{3})/.exec(String(info.response))?.[1] ?? 250);
      const rejected = info.rejected?.length ? `rejected: ${info.rejected.join(', ')}` : null;
      return { ok: !rejected, statusCode: code, error: rejected, durationMs: Date.now() - started };
    } catch (error) {
      const e = error as Error & { responseCode?: number; response?: string };
      return { ok: false, statusCode: e.responseCode ?? null, error: e.response ?? e.message, durationMs: Date.now() - started };
    }
  }

  onApplicationShutdown() {
    this.transport?.close();
  }
}
