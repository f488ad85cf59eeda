import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';

/** Release ids are `rel_` and 24 hex digits; anything else is a 400, never a lookup. */
@Injectable()
export class ReleaseIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^rel_[0-9a-f]{24}$/.test(value)) throw new BadRequestException('id must look like rel_ and 24 hex digits');
    return value;
  }
}
