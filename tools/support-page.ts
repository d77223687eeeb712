import { writeFileSync } from 'node:fs';

/** The support page the manifest's SupportUrl points at: static, bilingual, no scripts. */
export function supportPageHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'unsafe-inline'">
<title>DealKit help</title>
<style>body{font-family:"Segoe UI",Arial,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#201f1e}h1{color:#0b5cad}code{background:#f3f2f1;padding:0 .25rem}</style>
</head>
<body>
<h1>DealKit</h1>
<p>DealKit helps a sales team run each deal by a proven selling method inside Excel: qualify an opportunity, map the key players, build the value proposition and keep an evidence-based pipeline.</p>
<ul>
<li>Open the task pane with <strong>Home → DealKit → Open DealKit</strong>.</li>
<li>Type <code>=DEAL.QUALIFY(</code> in any cell to start a live function; every DealKit function begins with <code>DEAL.</code>.</li>
<li>Insert a template from the task pane to get a ready-made assessment, key-player map, value proposition, pipeline funnel or action plan.</li>
</ul>
<h2 lang="zh-CN">中文帮助</h2>
<ul lang="zh-CN">
<li>在<strong>开始 → DealKit → 打开 DealKit</strong>中打开任务窗格。</li>
<li>在任意单元格中输入 <code>=DEAL.QUALIFY(</code> 即可使用实时函数，所有 DealKit 函数均以 <code>DEAL.</code> 开头。</li>
<li>在任务窗格中插入模板，即可得到现成的机会评估、关键人物图、价值主张、业务机会漏斗或行动计划。</li>
</ul>
</body>
</html>
`;
}

export function writeSupportPage(file: string): void {
  writeFileSync(file, supportPageHtml());
}
