import { Module } from '@nestjs/common';
import { IndexedReleaseConsumer } from './indexed-release.consumer.js';

@Module({ controllers: [IndexedReleaseConsumer] })
export class DeliveryModule {}
