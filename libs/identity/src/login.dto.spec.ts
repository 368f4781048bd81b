import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { LoginDto } from './login.dto';

const check = (body: Record<string, unknown>) => {
  const dto = plainToInstance(LoginDto, body);
  const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
  return { dto, failed: errors.map((e) => e.property) };
};

describe('LoginDto', () => {
  it('accepts a username and a password, trimming and lower-casing the username', () => {
    const { dto, failed } = check({ username: '  LeTan.Xa ', password: 'motcua' });
    expect(failed).toEqual([]);
    expect(dto.username).toBe('letan.xa');
    expect(dto.password).toBe('motcua');
  });

  it('refuses missing, empty or non-string fields', () => {
    expect(check({}).failed).toEqual(['username', 'password']);
    expect(check({ username: '', password: '' }).failed).toEqual(['username', 'password']);
    expect(check({ username: 42, password: ['motcua'] }).failed).toEqual(['username', 'password']);
  });

  it('refuses overlong fields', () => {
    expect(check({ username: 'a'.repeat(65), password: 'x'.repeat(257) }).failed).toEqual([
      'username',
      'password',
    ]);
  });

  it('refuses unknown fields', () => {
    expect(check({ username: 'letan.xa', password: 'motcua', remember: true }).failed).toEqual(['remember']);
  });
});
