/**
 * Every template as a downloadable .xlsx, in English and Simplified Chinese:
 * dist/templates/<template>[-<method>].<locale>.xlsx (the build calls writeTemplateFiles).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDealKitError } from '../shared/errors';
import { LOCALES, type Locale } from '../shared/i18n';
import type { MethodId } from '../shared/methods/types';
import type { WritePlan } from '../shared/plan';
import { TEMPLATE_CATALOG, buildTemplatePlan, type TemplateId } from '../shared/templates';
import { writePlanToXlsx } from './xlsx-writer';

export interface TemplateFile {
  readonly template: TemplateId;
  readonly method?: MethodId;
  readonly locale: Locale;
  /** File name inside the output folder. */
  readonly fileName: string;
  readonly plan: WritePlan;
}

export interface TemplateFileList {
  readonly files: TemplateFile[];
  /** Combinations the templates refuse (a DealKitError naming why), e.g. a question set not written yet. */
  readonly refused: { readonly fileName: string; readonly reason: string }[];
}

/** The files writeTemplateFiles writes, with their plans: one per template, method choice and language. */
export function templateFiles(): TemplateFileList {
  const files: TemplateFile[] = [];
  const refused: { fileName: string; reason: string }[] = [];
  for (const info of TEMPLATE_CATALOG) {
    const methodOption = info.options.find((o) => o.key === 'method');
    const methods: (MethodId | undefined)[] = methodOption ? methodOption.choices.map((c) => c.value as MethodId) : [undefined];
    for (const method of methods) {
      for (const locale of LOCALES) {
        const id = info.id.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`);
        const stem = method ? `${id}-${method.toLowerCase()}` : id;
        const fileName = `${stem}.${locale}.xlsx`;
        try {
          files.push({ template: info.id, method, locale, fileName, plan: buildTemplatePlan(info.id, { locale, method }) });
        } catch (error) {
          if (!isDealKitError(error)) throw error;
          refused.push({ fileName, reason: error.message });
        }
      }
    }
  }
  return { files, refused };
}

/** Writes every template file into outDir (created if missing) and returns their paths. */
export async function writeTemplateFiles(outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const { files, refused } = templateFiles();
  for (const r of refused) console.warn(`dist/templates: ${r.fileName} not written: ${r.reason}`);
  for (const file of files) {
    const path = join(outDir, file.fileName);
    await writePlanToXlsx(file.plan, path);
    written.push(path);
  }
  return written;
}
