import { plainToInstance } from 'class-transformer';
import { IsString, validateSync } from 'class-validator';
import { forbiddenInName, IsCleanName, NormalizeNfc, toNfc } from './clean-text.decorator';

class Named {
  @NormalizeNfc()
  @IsString()
  @IsCleanName()
  fullName!: string;
}

const DECOMPOSED = 'Nguye\u0302\u0303n Va\u0306n An';

describe('clean names', () => {
  it('composes a decomposed Vietnamese name to the form a search finds', () => {
    expect(DECOMPOSED).not.toBe('Nguyễn Văn An');
    expect(toNfc(DECOMPOSED)).toBe('Nguyễn Văn An');
    expect(plainToInstance(Named, { fullName: DECOMPOSED }).fullName).toBe('Nguyễn Văn An');
    expect(toNfc(5)).toBe(5);
  });

  it('finds zero-width, bidirectional and control characters, and nothing in an ordinary name', () => {
    expect(forbiddenInName('Nguyễn Văn An')).toEqual([]);
    expect(forbiddenInName("Hồ Thị D'Ân-Nhi")).toEqual([]);
    expect(forbiddenInName('Nguyễn\u200BVăn\u202EnA\u200B')).toEqual(['U+200B', 'U+202E']);
    expect(forbiddenInName('An\u0000\t\n\u2066\uFEFF\u00AD')).toEqual([
      'U+0000',
      'U+0009',
      'U+000A',
      'U+2066',
      'U+FEFF',
      'U+00AD',
    ]);
  });

  it('refuses such a name with a message naming the characters', () => {
    const [error] = validateSync(plainToInstance(Named, { fullName: 'Nguyễn\u202EnA' }));
    expect(Object.values(error.constraints ?? {})).toEqual([
      'fullName must not contain control, zero-width or bidirectional characters (found U+202E)',
    ]);
    expect(validateSync(plainToInstance(Named, { fullName: DECOMPOSED }))).toEqual([]);
  });
});
