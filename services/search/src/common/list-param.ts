import { Transform } from 'class-transformer';

/** `?source=a,b` or `?source=a&source=b` → ['a', 'b']. */
export const ListParam = () =>
  Transform(({ value }) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((v) => String(v).split(','))
      .map((v) => v.trim())
      .filter(Boolean),
  );
