import { Module } from '@nestjs/common';
import { MatchingService } from './matching.service.js';
import { QueryMatcher } from './query-matcher.js';

@Module({ providers: [MatchingService, QueryMatcher], exports: [MatchingService] })
export class MatchingModule {}
