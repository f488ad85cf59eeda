import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { QUERY_SYNTAX_HELP, SearchQueryDto, SearchResultDto } from './search-query.dto.js';
import { SearchService } from './search.service.js';
import { RequireScope } from '@demarche/platform';

@ApiTags('search')
@RequireScope('search')
@Controller()
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Get('search')
  @ApiOperation({ summary: 'Search releases across languages', description: QUERY_SYNTAX_HELP })
  @ApiOkResponse({ type: SearchResultDto })
  @ApiBadRequestResponse({ description: 'A bad parameter or query syntax, named in the message' })
  @ApiServiceUnavailableResponse({ description: 'Elasticsearch is unreachable' })
  search(@Query() query: SearchQueryDto): Promise<SearchResultDto> {
    return this.searchService.search(query);
  }
}
