import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { ResilientBackend } from '../backends/resilient-backend.js';
import { TRANSLATION_BACKENDS } from '../backends/translation-backend.js';
import { PendingTranslations } from '../pending/pending-translations.js';
import { TranslationStatusDto } from './translation-status.dto.js';
import { RequireScope } from '@demarche/platform';

@ApiTags('translation')
@RequireScope('admin')
@Controller('translation')
export class TranslationStatusController {
  constructor(
    @Inject(TRANSLATION_BACKENDS) private readonly backends: ResilientBackend[],
    private readonly pending: PendingTranslations,
  ) {}

  @Get('status')
  @ApiOperation({ summary: 'Backends with their circuit state and pairs, and how many releases wait as pending' })
  @ApiOkResponse({ type: TranslationStatusDto })
  @ApiServiceUnavailableResponse({ description: 'The database is unreachable' })
  async status(): Promise<TranslationStatusDto> {
    const pendingReleases = await this.pending.count().catch((error: Error) => {
      throw new ServiceUnavailableException(error.message);
    });
    return { backends: this.backends.map((b) => b.describe()), pendingReleases };
  }
}
