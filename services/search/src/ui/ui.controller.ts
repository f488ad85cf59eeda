import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { UI_CSS, UI_HTML } from './ui-page.js';
import { ALERT_SCRIPT } from './ui-alert-script.js';
import { UI_SCRIPT } from './ui-script.js';
import { Public } from '@demarche/platform';

/** The script builds the page from text nodes only, so the policy can forbid inline script outright. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

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

  @Get('ui/app.js')
  @Header('content-type', 'text/javascript; charset=utf-8')
  @Header('cache-control', 'no-cache')
  script() {
    return UI_SCRIPT + ALERT_SCRIPT;
  }

  @Get('ui/app.css')
  @Header('content-type', 'text/css; charset=utf-8')
  @Header('cache-control', 'no-cache')
  css() {
    return UI_CSS;
  }
}
