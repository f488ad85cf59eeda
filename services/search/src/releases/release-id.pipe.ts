import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';
import { RELEASE_ID_PATTERN } from '@demarche/contracts';

/** Release ids are `rel_` and 24 hex digits; anything else is a 400, never a lookup. */
@Injectable()
export class ReleaseIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!RELEASE_ID_PATTERN.test(value)) throw new BadRequestException('id must look like rel_ and 24 hex digits');
    return value;
  }
}
