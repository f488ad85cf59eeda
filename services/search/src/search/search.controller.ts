import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SearchQueryDto, SearchResultDto } from './search-query.dto.js';
import { SearchService } from './search.service.js';

@ApiTags('search')
@Controller()
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Get('search')
  @ApiOperation({ summary: 'Search releases across languages' })
  @ApiOkResponse({ type: SearchResultDto })
  search(@Query() query: SearchQueryDto): Promise<SearchResultDto> {
    return this.searchService.search(query);
  }

  @Get('releases/:id')
  @ApiOperation({ summary: 'One release with its translations and annotations' })
  release(@Param('id') id: string) {
    return this.searchService.get(id);
  }
}
