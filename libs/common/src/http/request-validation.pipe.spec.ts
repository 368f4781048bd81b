import { IsString } from 'class-validator';
import { RequestValidationException } from '../errors/request-validation.exception';
import { RequestValidationPipe } from './request-validation.pipe';

class NoteDto {
  @IsString()
  text!: string;
}

const pipe = new RequestValidationPipe();

const fieldsOf = async (run: () => Promise<unknown>) => {
  try {
    await run();
  } catch (error) {
    if (error instanceof RequestValidationException) return { message: error.message, fields: error.fields };
    throw error;
  }
  throw new Error('no validation error');
};

describe('RequestValidationPipe', () => {
  it('refuses a NUL character in a body string, naming the field (PostgreSQL cannot store it)', async () => {
    const { message, fields } = await fieldsOf(() =>
      pipe.transform({ text: 'a\u0000b' }, { type: 'body', metatype: NoteDto }),
    );
    expect(fields.map((f) => f.field)).toEqual(['text']);
    expect(message).toMatch(/^text: .*NUL/);
  });

  it('refuses a NUL character in a path or query parameter, naming the parameter', async () => {
    const param = await fieldsOf(() =>
      pipe.transform('x\u0000', { type: 'param', metatype: String, data: 'code' }),
    );
    expect(param.fields.map((f) => f.field)).toEqual(['code']);
    const nested = await fieldsOf(() =>
      pipe.transform({ q: ['ok', 'n\u0000'] }, { type: 'query', metatype: Object }),
    );
    expect(nested.fields.map((f) => f.field)).toEqual(['q.1']);
  });

  it('quotes a key that is not a plain name, so that the message still names it', async () => {
    const { message, fields } = await fieldsOf(() =>
      pipe.transform({ text: 'ok', '': 1 }, { type: 'body', metatype: NoteDto }),
    );
    expect(fields.map((f) => f.field)).toEqual(['""']);
    expect(message).toMatch(/^"": /);
  });

  it('still validates and transforms as the ValidationPipe does', async () => {
    await expect(
      pipe.transform({ text: 'ghi chú' }, { type: 'body', metatype: NoteDto }),
    ).resolves.toBeInstanceOf(NoteDto);
    const { fields } = await fieldsOf(() =>
      pipe.transform({ text: 1, extra: 2 }, { type: 'body', metatype: NoteDto }),
    );
    expect(fields.map((f) => f.field).sort()).toEqual(['extra', 'text']);
  });
});
