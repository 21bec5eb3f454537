// Puppeteer (pulled in by whatsapp-web.js) must not download its own browser:
// there is no internet here, and we use Debian's chromium (CHROMIUM_PATH).
module.exports = { skipDownload: true };
