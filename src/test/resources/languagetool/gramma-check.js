// Checks the text of a file with gramma, a LanguageTool client, against the LanguageTool server at a URL, and
// prints its answer as JSON: node gramma-check.js URL LANGUAGE FILE [markdown]
const fs = require("fs");
const gramma = require("gramma");

const [url, language, file, markdown] = process.argv.slice(2);
gramma
  .check(fs.readFileSync(file, "utf8"), { api_url: url, language, markdown: markdown === "markdown" })
  .then((answer) => process.stdout.write(JSON.stringify(answer)))
  .catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
