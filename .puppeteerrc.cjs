// Puppeteer (pulled in by whatsapp-web.js) must not download its own browser at install time: there is no
// internet here, and Atende brings one through npm (@sparticuz/chromium; see src/chromium.ts).
module.exports = { skipDownload: true };
