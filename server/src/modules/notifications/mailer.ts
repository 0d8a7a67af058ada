import nodemailer from 'nodemailer';
import type { EmailAttachment } from './notifications.types.js';

/** What the worker needs of a mail transport; nodemailer's SMTP transport in production. */
export interface MailTransport {
  sendMail(message: {
    from: string;
    to: string;
    subject: string;
    text: string;
    attachments: EmailAttachment[];
  }): Promise<unknown>;
}

export const smtpTransport = (url: string): MailTransport => nodemailer.createTransport(url);
