import { parseLocale, text, tr } from '../../shared/i18n';

describe('i18n', () => {
  it('picks the text of the requested language', () => {
    const greeting = text('Pursue', '继续跟进');
    expect(tr(greeting, 'en')).toBe('Pursue');
    expect(tr(greeting, 'zh-CN')).toBe('继续跟进');
  });
  it('reads the spellings users type for a language and rejects others', () => {
    expect(parseLocale(' ZH-cn ')).toBe('zh-CN');
    expect(parseLocale('简体中文')).toBe('zh-CN');
    expect(parseLocale('English')).toBe('en');
    expect(parseLocale('fr')).toBeUndefined();
    expect(parseLocale(3)).toBeUndefined();
  });
});
