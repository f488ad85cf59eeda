import { BadRequestException, Controller, Get, Injectable, Param, Query, type PipeTransform } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EntitySuggestQueryDto } from './entities.dto.js';
import { EntitiesService } from './entities.service.js';
import { RequireScope } from '@demarche/platform';

@Injectable()
class EntityIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[\p{L}\p{N}_:.-]{1,200}$/u.test(value)) throw new BadRequestException('entity id may hold letters, digits, _ : . - only');
    return value;
  }
}

@ApiTags('entities')
@RequireScope('search')
@Controller('entities')
export class EntitiesController {
  constructor(private readonly entities: EntitiesService) {}

  @Get()
  @ApiOperation({ summary: 'Autocomplete entities by the start of their name or of one of its words' })
  @ApiBadRequestResponse({ description: 'prefix missing or too long, bad type or limit' })
  suggest(@Query() query: EntitySuggestQueryDto) {
    return this.entities.suggest(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Entity profile: mentions over time, co-mentioned entities, roles, latest releases' })
  @ApiBadRequestResponse({ description: 'Not an entity id' })
  @ApiNotFoundResponse({ description: 'No release mentions it' })
  profile(@Param('id', EntityIdPipe) id: string) {
    return this.entities.profile(id);
  }
}
