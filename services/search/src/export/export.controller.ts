import { Controller, Get, Logger, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { buildQuery } from '../search/build-search.js';
import { ExportQueryDto } from '../search/search-query.dto.js';
import { csvHeader, csvLine, ndjsonLine, toExportRow } from './export-format.js';
import { ExportService } from './export.service.js';
import { RequireScope } from '@demarche/platform';

@ApiTags('export')
@RequireScope('search')
@Controller('export')
export class ExportController {
  private readonly logger = new Logger(ExportController.name);

  constructor(private readonly exporter: ExportService) {}

  @Get()
  @ApiOperation({ summary: 'Every release matching a search (same q and filters), streamed as NDJSON or CSV' })
  @ApiProduces('application/x-ndjson', 'text/csv')
  @ApiBadRequestResponse({ description: 'A bad parameter or query syntax' })
  async export(@Query() query: ExportQueryDto, @Res() res: Response) {
    buildQuery(query); // a bad q answers 400 before the stream starts
    const documents = this.exporter.documents(query);
    // Fetch the first page before the headers, so an outage can still answer 503.
    const first = await documents.next();
    const csv = query.format === 'csv';
    res.status(200);
    res.setHeader('content-type', csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="releases.${csv ? 'csv' : 'ndjson'}"`);
    const line = csv ? csvLine : ndjsonLine;
    if (csv) res.write(csvHeader());
    let closed = false;
    res.on('close', () => (closed = true));
    try {
      for (let item = first; !item.done && !closed; item = await documents.next()) {
        if (!res.write(line(toExportRow(item.value)))) await new Promise((resolve) => res.once('drain', resolve));
      }
    } catch (error) {
      // Headers are gone: all we can do is cut the stream so the client sees it incomplete.
      this.logger.error({ msg: 'export failed mid-stream', error: (error as Error).message });
      res.destroy(error as Error);
      return;
    } finally {
      await documents.return(undefined);
    }
    res.end();
  }
}
