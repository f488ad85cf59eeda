import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ReleaseIdPipe } from './release-id.pipe.js';
import { ReleasesService } from './releases.service.js';
import { RequireScope } from '@demarche/platform';

export class SimilarQueryDto {
  @ApiPropertyOptional({ default: 10, minimum: 1, maximum: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 10;
}

@ApiTags('releases')
@RequireScope('search')
@Controller('releases')
export class ReleasesController {
  constructor(private readonly releases: ReleasesService) {}

  @Get(':id')
  @ApiOperation({ summary: 'One release: original text, translations, entities, topics, event' })
  @ApiOkResponse({ description: 'The indexed document' })
  @ApiBadRequestResponse({ description: 'Not a release id' })
  @ApiNotFoundResponse({ description: 'No such release' })
  async release(@Param('id', ReleaseIdPipe) id: string) {
    const { _index, ...doc } = await this.releases.get(id);
    void _index;
    return doc;
  }

  @Get(':id/similar')
  @ApiOperation({ summary: 'Releases with similar text (more like this), across languages' })
  @ApiBadRequestResponse({ description: 'Not a release id, or a bad limit' })
  @ApiNotFoundResponse({ description: 'No such release' })
  similar(@Param('id', ReleaseIdPipe) id: string, @Query() query: SimilarQueryDto) {
    return this.releases.similar(id, query.limit);
  }
}
