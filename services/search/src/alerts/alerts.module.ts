import { Module } from '@nestjs/common';
import { AlertPreviewController } from './alert-preview.controller.js';

@Module({ controllers: [AlertPreviewController] })
export class AlertsModule {}
