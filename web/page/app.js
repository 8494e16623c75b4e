// rakit in the browser: checks the workbooks given to it with rakit's core (WebAssembly),
// shows the findings grouped by rule, and offers each readable file's corrected copy.
// Nothing is sent anywhere; everything stays in this page.
(function () {
  'use strict';

  // ── texts ─────────────────────────────────────────────────────────────────────────
  const TEXT = {
    id: {
      tagline: 'Memeriksa, menghitung ulang dan memperbaiki buku kerja Pengukuran Kinerja, Rencana Aksi dan Evaluasi Renja.',
      privacy: 'Berkas diperiksa di komputer ini saja: halaman ini tidak mengirim apa pun ke mana pun, juga tanpa internet.',
      drop: 'Seret buku kerja ke sini, atau klik untuk memilih',
      dropTypes: 'xlsx, xls, xlsb, ods; beberapa berkas sekaligus. Sertakan berkas pemetaan .toml bila tabelnya memakai judul kolom lain.',
      loading: 'Menyiapkan pemeriksa…',
      show: 'Tampilkan',
      sevError: 'galat',
      sevWarning: 'peringatan',
      sevInfo: 'info',
      clear: 'Kosongkan',
      footer: 'rakit check dan rakit fix, di peramban: hasil dan salinan perbaikannya sama dengan baris perintah.',
      checking: 'sedang diperiksa…',
      clean: 'BERSIH',
      findings: 'ADA TEMUAN',
      errors: 'ADA GALAT',
      unreadable: 'TIDAK TERBACA',
      cleanText: 'tidak ada galat atau peringatan.',
      download: 'Unduh salinan perbaikan',
      compare: 'Unduh perbandingan tahun {years} (buku kerja ringkasan, seperti rakit compare)',
      noCopy: 'Tidak ada salinan perbaikan',
      colCell: 'Sel',
      colMessage: 'Pesan',
      colFound: 'Tertulis',
      colExpected: 'Seharusnya',
      colFix: 'Diperbaiki fix?',
      yes: 'ya',
      no: 'tidak',
      mapping: 'Pemetaan dipakai',
      mappingBad: 'berkas pemetaan tidak dapat dipakai',
      crashed: 'rakit berhenti pada berkas ini (galat internal). Mohon laporkan, bersama berkasnya bila boleh',
      wasmFailed: 'Pemeriksa tidak dapat dimuat di peramban ini. Pakai versi terbaru Chrome, Edge atau Firefox.',
      batch: (n, clean, errors, unreadable) =>
        `Ringkasan: ${n} berkas, ${clean} bersih, ${errors} dengan galat, ${unreadable} tidak terbaca`,
    },
    en: {
      tagline: 'Checks, recalculates and corrects Pengukuran Kinerja, Rencana Aksi and Evaluasi Renja workbooks.',
      privacy: 'Files are checked on this computer only: this page sends nothing anywhere, and needs no internet.',
      drop: 'Drop workbooks here, or click to choose',
      dropTypes: 'xlsx, xls, xlsb, ods; several files at once. Add a .toml mapping file when the tables use other column labels.',
      loading: 'Preparing the checker…',
      show: 'Show',
      sevError: 'error',
      sevWarning: 'warning',
      sevInfo: 'info',
      clear: 'Clear',
      footer: 'rakit check and rakit fix, in the browser: the same findings and corrected copies as the command line.',
      checking: 'checking…',
      clean: 'CLEAN',
      findings: 'FINDINGS',
      errors: 'ERRORS',
      unreadable: 'UNREADABLE',
      cleanText: 'no errors or warnings.',
      download: 'Download the corrected copy',
      compare: 'Download the comparison of {years} (the summary workbook, as rakit compare writes it)',
      noCopy: 'No corrected copy',
      colCell: 'Cell',
      colMessage: 'Message',
      colFound: 'Found',
      colExpected: 'Expected',
      colFix: 'Fixed by fix?',
      yes: 'yes',
      no: 'no',
      mapping: 'Mapping used',
      mappingBad: 'the mapping file cannot be used',
      crashed: 'rakit stopped on this file (an internal error). Please report it, with the file if you may',
      wasmFailed: 'The checker cannot be loaded in this browser. Use a recent Chrome, Edge or Firefox.',
      batch: (n, clean, errors, unreadable) =>
        `Summary: ${n} files, ${clean} clean, ${errors} with errors, ${unreadable} unreadable`,
    },
  };
  const SEVERITIES = ['error', 'warning', 'info'];
  const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  let lang = 'id';
  try {
    const saved = window.localStorage && window.localStorage.getItem('rakit.lang');
    if (saved === 'en' || saved === 'id') lang = saved;
  } catch (_) { /* file:// pages may have no storage */ }
  const t = (key) => TEXT[lang][key];

  // ── the WebAssembly core ──────────────────────────────────────────────────────────
  let wasmBytes = null;
  let rakit = null;
  let rules = {};

  function decodeBase64(text) {
    const bin = atob(text.replace(/\s+/g, ''));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }

  // The module, inlined gzipped as base64, inflated by the browser itself.
  async function inflate(gz) {
    const stream = new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  // A fresh instance of the core (at start, and after a panic stopped the previous one).
  async function startCore() {
    if (!wasmBytes) {
      const holder = document.getElementById('rakit-wasm');
      wasmBytes = await inflate(decodeBase64(holder.textContent));
      holder.textContent = '';
    }
    const glue = rakitGlue();
    await glue({ module_or_path: wasmBytes });
    rakit = glue;
    rules = {};
    for (const r of JSON.parse(rakit.rules())) rules[r.code] = r;
  }

  // ── the files checked ─────────────────────────────────────────────────────────────
  // name → { name, checked (wasm Checked or null), mapping, crash, element, url }
  const entries = new Map();
  const listeners = [() => renderCompare()];

  async function addFiles(list) {
    const files = Array.from(list || []);
    if (!files.length) return;
    const mappingFile = files.find((f) => /\.toml$/i.test(f.name));
    const mapping = mappingFile ? await mappingFile.text() : null;
    const todo = files.filter((f) => f !== mappingFile);
    for (const f of todo) {
      const old = entries.get(f.name);
      if (old) forget(old);
      const entry = { name: f.name, checked: null, mapping: mappingFile ? mappingFile.name : null, crash: null, mappingError: null, element: null, url: null };
      entry.element = placeholder(f.name);
      entries.set(f.name, entry);
    }
    for (const f of todo) {
      const entry = entries.get(f.name);
      // let the page show "checking…" before the work starts
      await new Promise((r) => setTimeout(r, 0));
      const bytes = new Uint8Array(await f.arrayBuffer());
      try {
        entry.checked = new rakit.Checked(f.name, bytes, mapping, mappingFile ? mappingFile.name : null);
      } catch (e) {
        if (e instanceof WebAssembly.RuntimeError) {
          entry.crash = (rakit.last_panic && safe(() => rakit.last_panic())) || String(e);
          // a panic stops the instance; the files checked before keep theirs, the next
          // files get a new one
          await startCore();
        } else {
          entry.mappingError = String(e && e.message ? e.message : e);
        }
      }
      render(entry);
    }
    renderBatch();
    listeners.forEach((fn) => safe(fn));
  }

  function safe(fn) {
    try { return fn(); } catch (_) { return null; }
  }

  function forget(entry) {
    if (entry.url) URL.revokeObjectURL(entry.url);
    if (entry.checked) safe(() => entry.checked.free());
    if (entry.element) entry.element.remove();
    entries.delete(entry.name);
  }

  // ── drawing ───────────────────────────────────────────────────────────────────────
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }

  function placeholder(name) {
    const article = el('article', { class: 'file', 'data-file': name, 'data-state': 'checking' },
      el('h2', { text: name }), el('p', { class: 'verdict', text: t('checking') }));
    document.getElementById('results').append(article);
    document.getElementById('toolbar').hidden = false;
    return article;
  }

  function render(entry) {
    if (entry.url) { URL.revokeObjectURL(entry.url); entry.url = null; }
    const article = el('article', { class: 'file', 'data-file': entry.name });
    article.append(el('h2', { text: entry.name }));
    if (!entry.checked) {
      // a mapping that cannot be used, or a crash: the file is not checked
      article.dataset.status = 'unreadable';
      const message = entry.mappingError
        ? `${entry.mapping}: ${t('mappingBad')} — ${entry.mappingError}`
        : `${t('crashed')}: ${entry.crash}`;
      article.append(el('p', { class: 'verdict' }, el('span', { class: 'badge unreadable', text: t('unreadable') })),
        el('p', { class: 'message', 'data-error-kind': entry.mappingError ? 'mapping' : 'internal', text: message }));
      replace(entry, article);
      return;
    }
    const doc = JSON.parse(entry.checked.json(lang));
    const file = doc.files[0];
    article.dataset.status = file.status;
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of file.findings) counts[f.severity] = (counts[f.severity] || 0) + 1;
    if (counts.error) article.classList.add('has-errors');

    const verdict = el('p', { class: 'verdict' });
    if (file.status === 'unreadable') {
      verdict.append(el('span', { class: 'badge unreadable', text: t('unreadable') }));
      article.append(verdict, el('p', { class: 'message', 'data-error-kind': file.error ? file.error.kind : '', text: file.error ? file.error.message : '' }));
      replace(entry, article);
      return;
    }
    if (file.status === 'clean') {
      verdict.append(el('span', { class: 'badge clean', text: t('clean') }), t('cleanText'));
    } else {
      verdict.append(el('span', { class: counts.error ? 'badge errors' : 'badge findings', text: counts.error ? t('errors') : t('findings') }));
    }
    const tally = SEVERITIES.map((s) => `${t('sev' + s[0].toUpperCase() + s.slice(1))} ${counts[s]}`).join(', ');
    verdict.append(' ' + tally);
    article.append(verdict);
    // the terminal's summary line names the sheets, their years and indicators
    const summary = entry.checked.summary(lang);
    const dash = summary.indexOf(' — ');
    if (dash >= 0) article.append(el('p', { class: 'sheets', text: summary.slice(dash + 3) }));
    if (entry.mapping) article.append(el('p', { class: 'sheets', text: `${t('mapping')}: ${entry.mapping}` }));

    // the corrected copy, as rakit fix writes it
    const copy = el('div', { class: 'copy' });
    try {
      const c = entry.checked.copy(lang);
      const bytes = c.bytes;
      entry.url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
      copy.append(el('a', { href: entry.url, download: c.name, 'data-copy': c.name, text: `${t('download')} (${c.name})` }),
        el('span', { class: 'note', text: c.summary }));
      const note = c.note;
      if (note) copy.append(el('span', { class: 'note', text: note }));
      safe(() => c.free());
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) throw e;
      copy.append(el('span', { class: 'refused', 'data-copy-refused': '', text: `${t('noCopy')}: ${e && e.message ? e.message : e}` }));
    }
    article.append(copy);

    // findings grouped by rule, in the order of the rules' table
    const groups = new Map();
    for (const f of file.findings) {
      if (!groups.has(f.code)) groups.set(f.code, []);
      groups.get(f.code).push(f);
    }
    const order = Object.keys(rules);
    const codes = [...groups.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    for (const code of codes) {
      const list = groups.get(code);
      const rule = rules[code] || { name: list[0].rule, summary_id: '', summary_en: '' };
      const section = el('section', { class: 'rule', 'data-rule': code });
      section.append(el('h3', {},
        el('span', { class: `sev ${list[0].severity}`, text: t('sev' + list[0].severity[0].toUpperCase() + list[0].severity.slice(1)) }), ' ',
        el('code', { text: `${code} ${rule.name}` }), ' — ',
        lang === 'en' ? rule.summary_en : rule.summary_id, ' ',
        el('span', { class: 'count', text: `(${list.length})` })));
      const table = el('table', {},
        el('thead', {}, el('tr', {},
          el('th', { text: t('colCell') }), el('th', { text: t('colMessage') }),
          el('th', { text: t('colFound') }), el('th', { text: t('colExpected') }), el('th', { text: t('colFix') }))));
      const body = el('tbody');
      for (const f of list) {
        body.append(el('tr', { class: 'finding', 'data-code': f.code, 'data-severity': f.severity, 'data-sheet': f.sheet, 'data-cell': f.cell, 'data-fixable': f.fixable ? 'true' : 'false' },
          el('td', { class: 'cell', text: `${f.sheet}!${f.cell}` }),
          el('td', { class: 'msg' }, el('div', { class: 'text', text: f.message }), f.help ? el('div', { class: 'help', text: f.help }) : null),
          el('td', { class: 'num found', text: f.found === null ? '' : f.found }),
          el('td', { class: 'num expected', text: f.expected === null ? '' : f.expected }),
          el('td', { class: f.fixable ? 'fixable-yes' : 'fixable-no', text: f.fixable ? t('yes') : t('no') })));
      }
      table.append(body);
      section.append(table);
      article.append(section);
    }
    replace(entry, article);
    applyFilter();
  }

  function replace(entry, article) {
    if (entry.element && entry.element.parentNode) entry.element.replaceWith(article);
    else document.getElementById('results').append(article);
    entry.element = article;
  }

  function renderBatch() {
    const p = document.getElementById('batch');
    const all = [...entries.values()];
    if (!all.length) { p.hidden = true; return; }
    const status = (e) => (e.element ? e.element.dataset.status : '');
    const clean = all.filter((e) => status(e) === 'clean').length;
    const errors = all.filter((e) => e.element && e.element.classList.contains('has-errors')).length;
    const unreadable = all.filter((e) => status(e) === 'unreadable').length;
    p.textContent = t('batch')(all.length, clean, errors, unreadable);
    p.hidden = all.length < 2;
  }

  function applyFilter() {
    const shown = new Set([...document.querySelectorAll('[data-severity-filter]')].filter((c) => c.checked).map((c) => c.dataset.severityFilter));
    for (const row of document.querySelectorAll('.finding')) row.hidden = !shown.has(row.dataset.severity);
    for (const section of document.querySelectorAll('.rule')) {
      section.hidden = !section.querySelector('.finding:not([hidden])');
    }
  }

  function setLang(next) {
    lang = next;
    try { window.localStorage && window.localStorage.setItem('rakit.lang', lang); } catch (_) { /* no storage */ }
    document.documentElement.lang = lang;
    document.title = lang === 'en' ? 'rakit — performance workbook checker' : 'rakit — pemeriksa buku kerja kinerja';
    for (const e of document.querySelectorAll('[data-t]')) e.textContent = t(e.dataset.t);
    for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
    for (const entry of entries.values()) if (entry.element && entry.element.dataset.status) render(entry);
    renderBatch();
    renderCompare();
  }

  // ── compare: two or more years give the summary workbook of `rakit compare` ───────
  let compareUrl = null;
  function renderCompare() {
    const slot = document.getElementById('compare-slot');
    if (!slot) return;
    if (compareUrl) { URL.revokeObjectURL(compareUrl); compareUrl = null; }
    slot.replaceChildren();
    slot.hidden = true;
    const readable = [...entries.values()].filter((e) => e.checked && e.checked.status() !== 'unreadable');
    if (!rakit || readable.length < 2) return;
    const years = new rakit.Years();
    try {
      for (const e of readable) years.add(e.checked);
      const ys = Array.from(years.years());
      if (ys.length < 2) return;
      const bytes = years.xlsx(lang);
      compareUrl = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
      const a = document.createElement('a');
      a.id = 'compare-download';
      a.href = compareUrl;
      a.download = years.name(lang);
      a.dataset.years = ys.join(',');
      a.textContent = t('compare').replace('{years}', ys.length > 2 ? `${ys[0]}–${ys[ys.length - 1]}` : ys.join(', '));
      slot.append(a);
      // a year given twice, files of several agencies: said beside the link, as the
      // command line says it
      const notices = Array.from(years.notices(lang));
      if (notices.length > 0) {
        const list = document.createElement('ul');
        list.className = 'compare-notices';
        for (const line of notices) {
          const li = document.createElement('li');
          li.className = 'compare-notice';
          li.textContent = line.trim();
          list.append(li);
        }
        slot.append(list);
      }
      slot.hidden = false;
    } catch (err) {
      console.error('rakit compare:', err);
    } finally {
      years.free();
    }
  }

  // ── wiring ────────────────────────────────────────────────────────────────────────
  async function main() {
    setLang(lang);
    const input = document.getElementById('files');
    const drop = document.getElementById('drop');
    input.disabled = true;
    try {
      await startCore();
    } catch (e) {
      const fatal = document.getElementById('fatal');
      fatal.textContent = `${t('wasmFailed')} (${e})`;
      fatal.hidden = false;
      document.getElementById('loading').hidden = true;
      return;
    }
    document.getElementById('version').textContent = rakit.version();
    document.getElementById('loading').hidden = true;
    input.disabled = false;
    document.body.dataset.ready = 'true';

    input.addEventListener('change', async () => {
      const files = input.files;
      await addFiles(files);
      input.value = '';
    });
    drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      addFiles(e.dataTransfer && e.dataTransfer.files);
    });
    // a file dropped beside the zone must not make the browser leave the page
    window.addEventListener('dragover', (e) => e.preventDefault());
    window.addEventListener('drop', (e) => e.preventDefault());
    for (const b of document.querySelectorAll('[data-lang]')) b.addEventListener('click', () => setLang(b.dataset.lang));
    for (const c of document.querySelectorAll('[data-severity-filter]')) c.addEventListener('change', applyFilter);
    document.getElementById('clear').addEventListener('click', () => {
      for (const entry of [...entries.values()]) forget(entry);
      renderBatch();
      document.getElementById('toolbar').hidden = true;
      listeners.forEach((fn) => safe(fn));
    });
  }

  // ── HOOK (issue 14, compare) ──────────────────────────────────────────────────────
  // What the compare code builds on, without touching the rest of the page:
  //   rakitPage.files()     → [{ name, status, checked }] of the files shown (checked is the
  //                           wasm `Checked`, null for a file rakit could not check)
  //   rakitPage.onChange(f) → f() after every change of the files shown
  //   rakitPage.core()      → the wasm exports (for a compare function the core will export)
  //   rakitPage.lang()      → 'id' or 'en'
  // The button goes in #compare-slot (hidden until compare shows it).
  window.rakitPage = {
    files: () => [...entries.values()].map((e) => ({ name: e.name, status: e.element ? e.element.dataset.status : undefined, checked: e.checked })),
    onChange: (fn) => listeners.push(fn),
    core: () => rakit,
    lang: () => lang,
  };

  main();
})();
