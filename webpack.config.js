/**
 * One webpack config per deliverable, selected by name so `tools/build.ts` can build the
 * playground alone for `npm start`:
 *   excel-addin  task pane + custom-functions script (Office shared runtime)
 *   gas          the Apps Script server file: plain script, top-level functions, JSDoc kept
 *   gas-sidebar  one self-contained sidebar.html (Apps Script serves single HTML files)
 *   playground   the browser playground over HyperFormula
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const HtmlInlineScriptPlugin = require('html-inline-script-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const GasPlugin = require('gas-webpack-plugin');
// webpack's own minimizer (its dependency, resolved from webpack so the lockfile's copy is the one used).
const MinimizerPlugin = require(require.resolve('minimizer-webpack-plugin', { paths: [path.dirname(require.resolve('webpack/package.json'))] }));

const root = __dirname;
const dist = (...parts) => path.join(root, 'dist', ...parts);

const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: path.join(root, 'tsconfig.json') } },
};
const cssRule = { test: /\.css$/, use: ['style-loader', 'css-loader'] };
const resolve = { extensions: ['.ts', '.tsx', '.js'] };

/**
 * Field names of the functions script's own objects (catalog entries, criteria, stages, scores, errors),
 * shortened in functions.js only. None reaches Excel, which gets arrays of numbers, text and booleans and
 * error messages; none is read by a string key or listed by Object.keys. A name that is also a value (an
 * id, a rule key, a rename map's key, an argument name) must not be listed: test/functions/built-excel-parity
 * runs the built script against the source over every documented example and thousands of varied calls.
 * `builtins` lets terser shorten names the DOM also uses (label, result, kind…): the script touches no
 * DOM object, and only the listed names change.
 */
const FUNCTIONS_SCRIPT_FIELDS = [
  // The scoring settings' fields: the functions build them from the settings argument by name, never by key.
  'answerThresholds',
  'knockOutCriteria',
  'criterionWeights',
  'knockOutTags',
  'attitudeWeights',
  'defaultWeight',
  'itemScores',
  'stallDays',
  'answer',
  // Catalog entries, parameters, criteria, stages, scores, forecasts and DealKit's errors.
  'params',
  'implement',
  'label',
  'probability',
  'result',
  'kind',
  'locale',
  'criteria',
  'groupAdvantageMultiple',
  'optional',
  'criterion',
  'rating',
  'decimalMark',
  'tags',
  'percentile',
  'competitorFavourableCount',
  'problem',
  'keyQuestions',
  'strategy',
  'ratesCompetitor',
  'chanceOfReachingQuota',
  'knockOut',
  'weighted',
  'defaultValue',
  'reads',
  'keyQuestion',
  'competitorRating',
  'wonDeals',
  'competitorScore',
  'letter',
  'byKey',
  'favourableCount',
  'byTyped',
  'competitorLead',
  'failure',
  'lostDeals',
  'wonAmount',
  'lastIsWon',
  'unknownCount',
  'lostAmount',
  'unanswered',
  'dTheirsMax',
  'eTheirsMin',
  'dOursMin',
  'eOursMax',
  'aMin',
  'bMin',
  'cMax',
  'advantage',
  'offensive',
  'knockOuts',
  'messageIn',
  'sentence',
  'verdict',
  'answers',
  'hasLead',
  'alreadyClosed',
  'knockedOut',
  'openWeighted',
  'openAmount',
  'ladderId',
  'volatile',
  'setId',
  'subject',
  'group',
  'section',
  'scale',
  'weight',
  'slots',
  'across',
];

/**
 * The custom-functions script loads before any formula evaluates and must stay under 60 KB. Terser may
 * turn its anonymous function expressions into arrows (none uses `this`, `arguments` or its prototype:
 * TypeScript source with classes for anything constructed) and hoist function declarations, which
 * leaves behaviour as it is; a third pass takes what those uncover. The task pane keeps webpack's defaults.
 */
const functionsScriptMinimizer = new MinimizerPlugin({
  test: /^functions\.js$/,
  minify: MinimizerPlugin.terserMinify,
  minimizerOptions: {
    ecma: 2020,
    compress: { ecma: 2020, passes: 3, unsafe_arrows: true, hoist_funs: true },
    mangle: { properties: { builtins: true, regex: new RegExp(`^(?:${FUNCTIONS_SCRIPT_FIELDS.join('|')})$`) } },
    format: { comments: false },
  },
});

function excelAddin(mode) {
  return {
    name: 'excel-addin',
    mode,
    devtool: mode === 'development' ? 'source-map' : false,
    entry: {
      functions: './excel-addin/functions.ts',
      taskpane: './excel-addin/taskpane/index.tsx',
    },
    output: { path: dist('excel-addin'), filename: '[name].js', clean: false },
    resolve,
    module: { rules: [typescriptRule, cssRule] },
    performance: { hints: false },
    // First, so it claims functions.js before webpack's default minimizer ('...') minifies the rest.
    optimization: { minimizer: [functionsScriptMinimizer, '...'] },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './excel-addin/taskpane/taskpane.html',
        // The shared runtime loads the custom functions in the task pane's page.
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        inject: 'body',
      }),
      new CopyWebpackPlugin({
        patterns: [{ from: 'manifest.xml', to: 'manifest.xml' }],
      }),
    ],
  };
}

function gasServer() {
  return {
    name: 'gas',
    // Apps Script must see readable top-level functions and their JSDoc (custom-function help).
    mode: 'none',
    devtool: false,
    target: ['web', 'es2019'],
    entry: { Code: './gas/main.ts' },
    output: { path: dist('gas'), filename: '[name].js', clean: false },
    resolve,
    module: { rules: [typescriptRule] },
    optimization: { minimize: false },
    performance: { hints: false },
    plugins: [new GasPlugin({ autoGlobalExportsFiles: [] }), new CopyWebpackPlugin({ patterns: [{ from: 'appsscript.json', to: 'appsscript.json' }] })],
  };
}

function gasSidebar(mode) {
  return {
    name: 'gas-sidebar',
    mode,
    devtool: false,
    entry: { sidebar: './gas/sidebar/index.tsx' },
    // The script is inlined into sidebar.html; emitting it next to Code.js would make clasp push it as server code.
    output: { path: dist('gas'), filename: 'sidebar.inline.js', clean: false },
    resolve,
    module: { rules: [typescriptRule, cssRule] },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'sidebar.html',
        template: './gas/sidebar/sidebar.html',
        inject: 'body',
        scriptLoading: 'blocking',
      }),
      new HtmlInlineScriptPlugin(),
    ],
  };
}

function playground(mode) {
  return {
    name: 'playground',
    mode,
    devtool: mode === 'development' ? 'source-map' : false,
    entry: { playground: './playground/index.tsx' },
    // The .xlsx code (ExcelJS) is its own chunk, loaded on the first Open or Download.
    output: { path: dist('playground'), filename: '[name].js', chunkFilename: '[name].js', clean: false },
    // ExcelJS's build without the polyfills for old browsers (the playground needs native async anyway).
    resolve: { ...resolve, alias: { exceljs$: path.join(root, 'node_modules', 'exceljs', 'dist', 'exceljs.bare.min.js') } },
    module: { rules: [typescriptRule, cssRule] },
    performance: { hints: false },
    plugins: [new HtmlWebpackPlugin({ filename: 'index.html', template: './playground/index.html', inject: 'body' })],
  };
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const all = [excelAddin(mode), gasServer(), gasSidebar(mode), playground(mode)];
  const only = env.only ? String(env.only).split(',') : null;
  return only ? all.filter((config) => only.includes(config.name)) : all;
};
