import { readdirSync, readFileSync } from 'node:fs';
import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@demarche/platform';
import { UI_CSS, UI_HTML } from './ui-page.js';

/** The script builds the page from text nodes only, so the policy can forbid inline script outright. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** The page's ES modules, compiled from services/search/ui by the build, read once at start. */
const SCRIPTS_DIR = new URL('../../ui/dist/', import.meta.url);
const SCRIPTS = new Map(
  readdirSync(SCRIPTS_DIR)
    .filter((file) => file.endsWith('.js'))
    .map((file) => [file, readFileSync(new URL(file, SCRIPTS_DIR), 'utf8')]),
);

@ApiExcludeController()
@Public()
@Controller()
export class UiController {
  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-security-policy', CSP)
  @Header('x-content-type-options', 'nosniff')
  page() {
    return UI_HTML;
  }

  @Get('ui/app.css')
  @Header('content-type', 'text/css; charset=utf-8')
  @Header('cache-control', 'no-cache')
  css() {
    return UI_CSS;
  }

  @Get('ui/:file')
  @Header('content-type', 'text/javascript; charset=utf-8')
  @Header('cache-control', 'no-cache')
  @Header('x-content-type-options', 'nosniff')
  script(@Param('file') file: string) {
    const script = SCRIPTS.get(file);
    if (script === undefined) throw new NotFoundException(`no such script: ${file}`);
    return script;
  }
}
