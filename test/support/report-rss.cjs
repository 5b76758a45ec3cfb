// Preloaded into a child process (`node -r`): writes its peak resident memory in kB to the file
// named by LKJ_RSS_FILE when it exits, so a test can bound the memory a command used.
const fs = require('node:fs');

process.on('exit', () => {
  if (process.env.LKJ_RSS_FILE) {
    fs.writeFileSync(process.env.LKJ_RSS_FILE, String(process.resourceUsage().maxRSS));
  }
});
