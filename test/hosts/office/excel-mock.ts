/**
 * A fake Excel workbook for the Office adapter, built from office-addin-mock objects: a property
 * read before `load` + `sync` gives the mock's "not loaded" string, so an adapter that forgets a
 * load or a sync reads garbage and its test fails. The harness counts syncs and measures each
 * sync's response (JSON size of the loaded cell arrays) and request (the operations queued on
 * written ranges, sized like Office.js's wire format) the way Excel on the web limits them.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { mergedAreas } from '../../../src/hosts/office/address';
import {
  fromA1,
  rangeToA1,
  type Cell,
  type CellRange,
  type WorkbookModel,
} from '../../../src/workbook/model';

export interface FakeCell {
  value: string | number | boolean;
  type: 'String' | 'Double' | 'Boolean' | 'Error' | 'Empty';
  numFmt?: string;
  /** With the leading `=`. */
  formula?: string;
}

export interface FakeSheet {
  name: string;
  /** Excel refuses to activate a sheet that is not visible. */
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** 0-based row and column of the used range's top-left cell. */
  origin?: [number, number];
  rows: number;
  cols: number;
  /** The cell at 0-based offsets inside the used range; null for an empty cell. */
  cell?: (row: number, col: number) => FakeCell | null;
  /** RangeAreas address of the merged areas, e.g. `Data!A1:B1, Data!C3:C4`. */
  merges?: string;
  tables?: {
    name: string;
    rowIndex: number;
    columnIndex: number;
    rowCount: number;
    columnCount: number;
    showHeaders: boolean;
  }[];
}

/** The workbook as Excel would hand it to Office.js: each sheet's used range from A1, its merges. */
export function fakeSheetsOf(model: WorkbookModel): FakeSheet[] {
  return model.sheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet.rowCount,
    cols: sheet.columnCount,
    cell: (row, col) => {
      const cell = sheet.getCell(row + 1, col + 1);
      return cell ? fakeCell(cell) : null;
    },
    merges: addressOf(sheet.name, sheet.merges),
  }));
}

function fakeCell(cell: Cell): FakeCell {
  const formula = cell.formula === undefined ? {} : { formula: `=${cell.formula}` };
  const numFmt = cell.numFmt === undefined ? {} : { numFmt: cell.numFmt };
  if (cell.error !== undefined) return { value: cell.error, type: 'Error', ...formula };
  const { value } = cell;
  if (value === null) return { value: '', type: 'Empty', ...formula };
  const type =
    typeof value === 'number' ? 'Double' : typeof value === 'boolean' ? 'Boolean' : 'String';
  return { value, type, ...numFmt, ...formula };
}

/** Excel on the web refuses a request or a response over 5 MB. */
export const EXCEL_WEB_LIMIT = 5 * 1024 * 1024;

/**
 * `Range.getMergedAreasOrNullObject` "will fail to return the result" when the range holds more
 * than 512 merged areas (Excel JavaScript API reference). The code Excel fails with is not
 * documented; the mock uses GeneralException, so the reader cannot rely on a particular code.
 */
export const MERGED_AREAS_LIMIT = 512;

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD), per "Excel specifications and limits". */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

/** "Data series in one chart: 255" (Excel specifications and limits). */
export const CHART_SERIES_LIMIT = 255;

/** The `Excel.ChartType` values Excel accepts in `charts.add` (ExcelApi 1.1 and later). */
const CHART_TYPES = new Set(
  (
    'ColumnClustered ColumnStacked ColumnStacked100 3DColumnClustered 3DColumnStacked ' +
    '3DColumnStacked100 BarClustered BarStacked BarStacked100 3DBarClustered 3DBarStacked ' +
    '3DBarStacked100 LineStacked LineStacked100 LineMarkers LineMarkersStacked ' +
    'LineMarkersStacked100 PieOfPie PieExploded 3DPieExploded BarOfPie XYScatterSmooth ' +
    'XYScatterSmoothNoMarkers XYScatterLines XYScatterLinesNoMarkers AreaStacked AreaStacked100 ' +
    '3DAreaStacked 3DAreaStacked100 DoughnutExploded RadarMarkers RadarFilled Surface ' +
    'SurfaceWireframe SurfaceTopView SurfaceTopViewWireframe Bubble Bubble3DEffect StockHLC ' +
    'StockOHLC StockVHLC StockVOHLC 3DColumn Line 3DLine 3DPie Pie XYScatter 3DArea Area ' +
    'Doughnut Radar Histogram Boxwhisker Pareto RegionMap Treemap Waterfall Sunburst Funnel'
  ).split(' '),
);
const SERIES_BY = new Set(['Auto', 'Columns', 'Rows']);

/** Whether an A1 address (`B7`, `A1:C4`, whole columns `B:B`) lies on Excel's grid. */
function onGrid(address: string): boolean {
  return address.split(':').every((part) => {
    const match = /^\$?([A-Z]+)\$?(\d*)$/i.exec(part);
    if (!match) return false;
    const row = match[2] === '' ? 1 : Number(match[2]);
    return fromA1(`${match[1]}1`).col <= EXCEL_COLUMNS && row >= 1 && row <= EXCEL_ROWS;
  });
}

/** A chart as Excel holds it after `charts.add` and the settings that followed. */
export interface MockChart {
  sheet: string;
  type: string;
  /** The source range's sheet and address. */
  source: string;
  seriesBy: string;
  title?: string;
  /** `setPosition`'s start cell (and `:end` cell when given). */
  position?: string;
  /** In points. */
  width?: number;
  height?: number;
}

/**
 * Sizes of Office.js request parts, read off its wire format with ids of six digits: an object
 * path such as `{"Id":104211,"ObjectPathType":3,"Name":"GetRange","ParentObjectPathId":5,
 * "ArgumentInfo":{"Arguments":[…]}}` with the action instantiating it, and a SetProperty or
 * method action `{"Id":104212,"ActionType":4,"Name":…,"ObjectPathId":104211,"ArgumentInfo":…}`.
 */
const OBJECT_PATH_BYTES = 160;
const ACTION_BYTES = 90;
/** Navigation properties of a range that Office.js reaches through an object path of their own. */
const NAVIGATIONS = new Set(['format', 'font', 'fill']);

const EMPTY: FakeCell = { value: '', type: 'Empty' };

export interface WrittenRange {
  sheet: string;
  address: string;
  mock: OfficeMockObject;
}

/** A workbook-level defined name referring to a sheet's A1, as the add-in's markers do. */
export interface FakeName {
  name: string;
  /** The sheet its reference is on. */
  sheet: string;
  visible?: boolean;
}

/**
 * Excel's rules for a defined name ("Names in formulas", Microsoft support): at most 255
 * characters; a letter, `_` or `\` first, then letters, digits, `.` and `_`; no spaces; not a
 * cell reference (`A1`, `R1C1`) and not `C`, `c`, `R`, `r`.
 */
export function validExcelName(name: string): boolean {
  return (
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
    !/^[rc]$/i.test(name) &&
    !/^[a-z]{1,3}\d+$/i.test(name) &&
    !/^r\d*c\d*$/i.test(name)
  );
}

/**
 * Excel's rules for a sheet name ("Rename a worksheet", Microsoft support): 1 to 31 characters,
 * none of `/ \ ? * : [ ]`, not starting or ending with an apostrophe, not "History".
 */
export function validSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[/\\?*:[\]]/.test(name) &&
    !/^'|'$/.test(name) &&
    name.toLowerCase() !== 'history'
  );
}

/** `'Tabel LKj'!$A$1`, quoted as Excel quotes a sheet name that is not a plain word. */
function a1Reference(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet)
    ? `${sheet}!$A$1`
    : `'${sheet.replace(/'/g, "''")}'!$A$1`;
}

export interface MockOptions {
  /** The workbook's defined names. */
  names?: FakeName[];
  payloadLimit?: number;
  /**
   * The code of an oversized batch. Excel on the web may answer with GeneralException instead
   * of the documented RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded.
   */
  payloadErrorCode?: 'documented' | 'GeneralException';
}

export function mockExcel(sheets: FakeSheet[], options: MockOptions = {}) {
  const limit = options.payloadLimit ?? EXCEL_WEB_LIMIT;
  const sizeError = (documented: string, message: string) =>
    Object.assign(new Error(message), {
      code: options.payloadErrorCode === 'GeneralException' ? 'GeneralException' : documented,
    });
  const tracked: OfficeMockObject[] = [];
  /** JSON sizes of the cell blocks loaded since the last sync. */
  let pending: number[] = [];
  /** Bytes of the operations queued on written ranges since the last sync. */
  let requested = 0;
  /** An operation queued since the last sync that Excel refuses when the batch runs. */
  let refusal: Error | null = null;
  /**
   * The batch runs in an undo group (`Excel.run({ mergeUndoGroup: true })`): Excel refuses the
   * calls it cannot undo ("Undo support with the Excel JavaScript API"), Worksheet.delete here.
   */
  let undoGroup = false;
  const stats = {
    syncs: 0,
    /** Response size of each successful sync that loaded cells. */
    payloads: [] as number[],
    /** Request size of each successful sync that wrote to ranges. */
    requests: [] as number[],
    refused: 0,
    deleted: [] as string[],
    added: [] as string[],
    activated: [] as string[],
    selected: [] as string[],
    merged: [] as string[],
    /** `sheet: rows` for each freezeRows call. */
    frozen: [] as string[],
    /** `sheet!range` for each filter applied. */
    filtered: [] as string[],
    /** `sheet: rows` for each setPrintTitleRows call. */
    printTitles: [] as string[],
    /** Each worksheet's page layout mock, by name, to read what was set on it. */
    pageLayouts: new Map<string, OfficeMockObject>(),
    written: [] as WrittenRange[],
    /** Sync number at which each write was queued. */
    writeSyncs: new Set<number>(),
    /** Merged-area requests Excel refused for holding more than 512 areas. */
    mergeRefusals: 0,
    /** The charts on the sheets, in the order they were added; a deleted chart leaves the list. */
    charts: [] as MockChart[],
    /** Each chart deleted, `sheet: title`. */
    chartsDeleted: [] as string[],
    /** Each rename, `old → new`. */
    renamed: [] as string[],
    /**
     * Each cell property written through a range (`values`, `formulas`, `numberFormat`), as
     * `sheet!A1 property = JSON`, in the order queued; a refused batch's are dropped.
     */
    cellWrites: [] as string[],
    /** The sheets' names in their order now. */
    sheetOrder: () => live.sheets.map((sheet) => sheet.name),
    /** The defined names now: `name = formula` (hidden ones marked). */
    names: () =>
      live.names.map(
        (item) => `${item.name} = ${formulaOf(item)}${item.visible ? '' : ' (tersembunyi)'}`,
      ),
  };
  /**
   * The sheets and the defined names as the queued operations leave them; a refused batch puts
   * them back as the last sync left them.
   */
  interface LiveName {
    name: string;
    sheet: FakeSheet | undefined;
    visible: boolean;
  }
  const live = {
    sheets: [...sheets],
    names: (options.names ?? []).map((item): LiveName => ({
      name: item.name,
      sheet: sheets.find((sheet) => sheet.name === item.sheet),
      visible: item.visible ?? true,
    })),
  };
  const snapshot = () => ({
    sheets: live.sheets.map((sheet) => ({ sheet, name: sheet.name })),
    names: live.names.map((item) => ({ ...item })),
  });
  let liveCommitted = snapshot();
  const liveRollBack = () => {
    live.sheets = liveCommitted.sheets.map(({ sheet, name }) => Object.assign(sheet, { name }));
    live.names = liveCommitted.names.map((item) => ({ ...item }));
  };
  /** What Excel shows for a name: its reference, `#REF!` once its sheet is deleted. */
  const formulaOf = (item: LiveName) =>
    item.sheet && live.sheets.includes(item.sheet) ? `=${a1Reference(item.sheet.name)}` : '=#REF!';
  const sheetNamed = (name: string, except?: FakeSheet) =>
    live.sheets.find(
      (sheet) => sheet !== except && sheet.name.toLowerCase() === name.toLowerCase(),
    );
  /** What a refused batch queued never happens: the lists are cut back to the last sync. */
  const changes = [
    stats.cellWrites,
    stats.added,
    stats.activated,
    stats.selected,
    stats.merged,
    stats.written,
  ] as unknown[][];
  let committed = changes.map((list) => list.length);
  const rollBack = () => changes.forEach((list, i) => (list.length = committed[i]));
  /**
   * Excel runs a batch up to the operation it refuses and keeps what came before: a chart added
   * before the refusal stays. A batch refused for its size runs nothing.
   */
  let chartsCommitted = 0;
  let chartsBeforeRefusal = 0;
  const refuse = (code: string, message: string) => {
    if (refusal) return;
    chartsBeforeRefusal = stats.charts.length;
    refusal = Object.assign(new Error(message), { code });
  };
  const INVALID_ARGUMENT = 'The argument is invalid or missing or has an incorrect format.';
  const ALREADY_EXISTS = 'The resource being created already exists.';

  /**
   * Cells as the committed writes left them, by sheet and 0-based row and column: a later read
   * sees them, as it would in Excel. Queued ones wait for their sync.
   */
  const overlay = new Map<string, FakeCell>();
  let queuedCells: { key: string; change: Partial<FakeCell> & { drop?: 'formula' } }[] = [];
  const cellKey = (sheet: string, row: number, col: number) => `${sheet}\u0000${row},${col}`;
  /** A cell as Excel holds it now (0-based row and column): written over, or as the sheet began. */
  const cellNow = (fake: FakeSheet, row: number, col: number): FakeCell => {
    const [top, left] = fake.origin ?? [0, 0];
    const inside =
      row - top >= 0 && col - left >= 0 && row - top < fake.rows && col - left < fake.cols;
    return (
      overlay.get(cellKey(fake.name, row, col)) ??
      ((inside && fake.cell?.(row - top, col - left)) || EMPTY)
    );
  };
  const CELL_PROPERTIES = new Set(['values', 'formulas', 'numberFormat']);
  /** Queues a written cell matrix for the overlay, the address's top-left cell first. */
  const queueCells = (sheet: string, address: string, property: string, matrix: unknown) => {
    if (!Array.isArray(matrix)) return;
    const start = fromA1(address.split(':')[0]);
    matrix.forEach((row: unknown[], r) =>
      row.forEach((value, c) => {
        const key = cellKey(sheet, start.row - 1 + r, start.col - 1 + c);
        if (property === 'numberFormat') {
          queuedCells.push({ key, change: { numFmt: String(value) } });
        } else if (typeof value === 'string' && value.startsWith('=')) {
          queuedCells.push({ key, change: { formula: value, value: '', type: 'Empty' } });
        } else {
          const type =
            typeof value === 'number'
              ? 'Double'
              : typeof value === 'boolean'
                ? 'Boolean'
                : 'String';
          queuedCells.push({
            key,
            change: { value: value as FakeCell['value'], type, drop: 'formula' },
          });
        }
      }),
    );
  };

  /** The sheet and address of each range handed out for writing. */
  const addresses = new WeakMap<object, { sheet: string; address: string }>();
  const track = (mock: OfficeMockObject) => {
    tracked.push(mock);
    return mock;
  };

  /** The object the adapter gets: counts what it queues, as Office.js would send it. */
  const recorded = <T extends object>(target: T): T => {
    const reached = new Map<PropertyKey, unknown>();
    return new Proxy(target, {
      get(object, property, receiver) {
        const value = Reflect.get(object, property, receiver) as unknown;
        if (!NAVIGATIONS.has(String(property)) || typeof value !== 'object' || value === null) {
          return value;
        }
        if (!reached.has(property)) {
          requested += OBJECT_PATH_BYTES;
          reached.set(property, recorded(value));
        }
        return reached.get(property);
      },
      set(object, property, value, receiver) {
        requested += ACTION_BYTES + String(property).length + JSON.stringify(value).length;
        return Reflect.set(object, property, value, receiver);
      },
    });
  };

  /** A single cell's contents as Excel gives them on the next sync; other ranges are not read. */
  const cellContents = (fake: FakeSheet, address: string, properties: string) => {
    if (!/^[A-Z]+\d+$/.test(address)) throw new Error(`mock: ${address} is not read`);
    const { row, col } = fromA1(address);
    const cell = cellNow(fake, row - 1, col - 1);
    const data = { values: [[cell.value]], formulas: [[cell.formula ?? cell.value]] };
    pending.push(JSON.stringify(data).length);
    return track(new OfficeMockObject(data)).load(properties);
  };

  /** The sheet of each range handed out for writing, which a name may refer to. */
  const rangeSheets = new WeakMap<object, FakeSheet>();
  const writeRange = (fake: FakeSheet, address: string) => {
    const sheet = fake.name;
    stats.writeSyncs.add(stats.syncs);
    requested += OBJECT_PATH_BYTES + address.length;
    if (!onGrid(address)) refuse('InvalidArgument', INVALID_ARGUMENT);
    const mock = track(
      new OfficeMockObject({
        format: { font: {}, fill: {} },
        merge: () => {
          requested += ACTION_BYTES;
          stats.merged.push(`${sheet}!${address}`);
        },
        select: () => stats.selected.push(`${sheet}!${address}`),
      }),
    );
    stats.written.push({ sheet, address, mock });
    /** What the cell held when loaded (a fix reads its cell before writing it). */
    let held: OfficeMockObject | undefined;
    const range: OfficeMockObject = new Proxy(recorded(mock), {
      get(object, property, receiver) {
        if (property === 'load') {
          return (properties: string) => {
            held = cellContents(fake, address, properties);
            return range;
          };
        }
        if (held && (property === 'values' || property === 'formulas')) {
          return held[property] as unknown;
        }
        return Reflect.get(object, property, receiver) as unknown;
      },
      set(object, property, value, receiver) {
        if (CELL_PROPERTIES.has(String(property))) {
          stats.cellWrites.push(
            `${sheet}!${address} ${String(property)} = ${JSON.stringify(value)}`,
          );
          queueCells(sheet, address, String(property), value);
        }
        return Reflect.set(object, property, value, receiver);
      },
    });
    addresses.set(range, { sheet, address });
    rangeSheets.set(range, fake);
    return range;
  };

  /** `charts.add` as Excel checks it: a known type, a Range as source, at most 255 series. */
  const addChart = (sheet: string, type: string, source: unknown, seriesBy = 'Auto') => {
    requested += OBJECT_PATH_BYTES + ACTION_BYTES + type.length + seriesBy.length;
    const range = typeof source === 'object' && source !== null ? addresses.get(source) : undefined;
    const [first, last = first] = range?.address.split(':') ?? [];
    const series =
      range === undefined || !/\d/.test(first)
        ? 0
        : seriesBy === 'Rows'
          ? fromA1(last).row - fromA1(first).row
          : fromA1(last).col - fromA1(first).col;
    const chart: MockChart | null =
      range && CHART_TYPES.has(type) && SERIES_BY.has(seriesBy) && series <= CHART_SERIES_LIMIT
        ? { sheet, type, source: `${range.sheet}!${range.address}`, seriesBy }
        : null;
    if (chart) stats.charts.push(chart);
    else refuse('InvalidArgument', INVALID_ARGUMENT);
    let titleReached = false;
    const title = {
      set text(text: string) {
        requested += ACTION_BYTES + JSON.stringify(text).length;
        if (chart) chart.title = text;
      },
    };
    /** Chart.width and Chart.height: points, positive. */
    const resize = (dimension: 'width' | 'height', points: number) => {
      requested += ACTION_BYTES + dimension.length + String(points).length;
      if (!(points > 0)) refuse('InvalidArgument', INVALID_ARGUMENT);
      else if (chart) chart[dimension] = points;
    };
    return {
      set width(points: number) {
        resize('width', points);
      },
      set height(points: number) {
        resize('height', points);
      },
      get title() {
        if (!titleReached) requested += OBJECT_PATH_BYTES;
        titleReached = true;
        return title;
      },
      setPosition: (start: unknown, end?: unknown) => {
        const cells = [start, end]
          .filter((cell) => cell !== undefined)
          .map((cell) =>
            typeof cell === 'string' ? cell : addresses.get(cell as object)?.address,
          );
        requested += ACTION_BYTES + JSON.stringify(cells).length;
        if (cells.some((cell) => cell === undefined || !onGrid(cell))) {
          refuse('InvalidArgument', INVALID_ARGUMENT);
        } else if (chart) chart.position = cells.join(':');
      },
      delete: () => {
        requested += ACTION_BYTES;
        const index = chart ? stats.charts.indexOf(chart) : -1;
        if (index < 0) {
          refuse('ItemNotFound', 'The requested resource does not exist.');
          return;
        }
        stats.charts.splice(index, 1);
        stats.chartsDeleted.push(`${sheet}: ${chart?.title ?? ''}`);
      },
    };
  };

  const worksheetMock = (sheet: FakeSheet) => {
    const [top, left] = sheet.origin ?? [0, 0];
    const empty = sheet.rows === 0 || sheet.cols === 0;
    const used = track(
      new OfficeMockObject({
        rowIndex: top,
        columnIndex: left,
        rowCount: sheet.rows,
        columnCount: sheet.cols,
      }),
    );
    // Office.js fills isNullObject on every sync, without a load.
    used.isNullObject = empty;
    const areas = mergedAreas(sheet.merges ?? '');
    /** The merged areas whose top-left cell is in the rows asked (1-based), as Excel gives them. */
    const mergedIn = (first: number, last: number) => {
      const inside = areas.filter((area) => area.top >= first && area.top <= last);
      if (inside.length > MERGED_AREAS_LIMIT) {
        stats.mergeRefusals += 1;
        refuse(
          'GeneralException',
          'An internal error has occurred while getting the merged areas.',
        );
      }
      const merged = track(new OfficeMockObject({ address: addressOf(sheet.name, inside) }));
      merged.isNullObject = inside.length === 0;
      return merged;
    };
    const whole = new OfficeMockObject({
      getMergedAreasOrNullObject: () => mergedIn(1, Number.MAX_SAFE_INTEGER),
    });
    /** `5:9`: whole rows, as the reader asks for merged areas band by band. */
    const wholeRows = (address: string) => {
      const [first, last] = address.split(':').map(Number);
      return new OfficeMockObject({ getMergedAreasOrNullObject: () => mergedIn(first, last) });
    };

    const block = (
      rowIndex: number,
      columnIndex: number,
      rowCount: number,
      columnCount: number,
    ) => {
      const grid = <T>(pick: (cell: FakeCell) => T): T[][] =>
        Array.from({ length: rowCount }, (_, r) =>
          Array.from({ length: columnCount }, (_, c) =>
            pick(cellNow(sheet, rowIndex + r, columnIndex + c)),
          ),
        );
      const data = {
        values: grid((cell) => cell.value),
        valueTypes: grid((cell) => cell.type),
        numberFormat: grid((cell) => cell.numFmt ?? 'General'),
        formulas: grid((cell) => cell.formula ?? cell.value),
      };
      const mock = track(new OfficeMockObject(data));
      const load = mock.load.bind(mock);
      mock.load = (properties: string) => {
        pending.push(JSON.stringify(data).length);
        return load(properties);
      };
      return mock;
    };

    const worksheet = track(
      new OfficeMockObject({
        name: sheet.name,
        freezePanes: {
          freezeRows: (rows: number) => {
            requested += ACTION_BYTES;
            stats.frozen.push(`${sheet.name}: ${rows}`);
          },
        },
        autoFilter: {
          apply: (range: object) => {
            requested += ACTION_BYTES;
            stats.filtered.push(`${sheet.name}!${addresses.get(range)?.address}`);
          },
        },
        pageLayout: {
          orientation: 'Portrait',
          setPrintTitleRows: (rows: string) => {
            requested += ACTION_BYTES;
            stats.printTitles.push(`${sheet.name}: ${rows}`);
          },
        },
        charts: {
          add: (type: string, source: unknown, seriesBy?: string) =>
            addChart(sheet.name, type, source, seriesBy),
        },
        getUsedRangeOrNullObject: () => used,
        getRange: (address?: string) =>
          address === undefined
            ? whole
            : /^\d+:\d+$/.test(address)
              ? wholeRows(address)
              : writeRange(sheet, address),
        getRangeByIndexes: block,
        visibility: sheet.visibility ?? 'Visible',
        activate: () => {
          if ((sheet.visibility ?? 'Visible') === 'Visible') stats.activated.push(sheet.name);
          else
            refuse('InvalidOperation', 'This operation is not permitted for the current object.');
        },
        position: live.sheets.indexOf(sheet),
        delete: () => {
          requested += ACTION_BYTES;
          if (undoGroup) {
            refuse(
              'UndoNotSupported',
              'The operation cannot be undone, so it is not allowed in an undo group.',
            );
            return;
          }
          stats.deleted.push(sheet.name);
          live.sheets = live.sheets.filter((other) => other !== sheet);
        },
      }),
    );
    stats.pageLayouts.set(sheet.name, worksheet.pageLayout as OfficeMockObject);
    // Renaming and moving act on the workbook, as Excel checks them. The mock's own load and
    // sync set the property to the value it holds: those pass.
    const held = (property: string) =>
      (worksheet as unknown as { _properties: Map<string, { _value: unknown }> })._properties.get(
        property,
      )?._value;
    return new Proxy(worksheet, {
      set(object, property, value, receiver) {
        if ((property === 'name' || property === 'position') && value === held(property)) {
          return Reflect.set(object, property, value, receiver);
        }
        if (property === 'name') {
          requested += ACTION_BYTES + JSON.stringify(value).length;
          const name = String(value);
          if (!validSheetName(name)) refuse('InvalidArgument', INVALID_ARGUMENT);
          else if (sheetNamed(name, sheet)) refuse('ItemAlreadyExists', ALREADY_EXISTS);
          else {
            stats.renamed.push(`${sheet.name} → ${name}`);
            sheet.name = name;
          }
          return true;
        }
        if (property === 'position') {
          requested += ACTION_BYTES;
          const at = Number(value);
          const others = live.sheets.filter((other) => other !== sheet);
          if (!(at >= 0 && at <= others.length)) refuse('InvalidArgument', INVALID_ARGUMENT);
          else live.sheets = [...others.slice(0, at), sheet, ...others.slice(at)];
          return true;
        }
        return Reflect.set(object, property, value, receiver);
      },
    });
  };

  const worksheetMocks = sheets.map(worksheetMock);
  const tableMocks = sheets.flatMap((sheet) =>
    (sheet.tables ?? []).map((table) => {
      const range = track(
        new OfficeMockObject({
          rowIndex: table.rowIndex,
          columnIndex: table.columnIndex,
          rowCount: table.rowCount,
          columnCount: table.columnCount,
        }),
      );
      return track(
        new OfficeMockObject({
          name: table.name,
          showHeaders: table.showHeaders,
          worksheet: { name: sheet.name },
          getRange: () => range,
        }),
      );
    }),
  );

  const worksheets = collection(worksheetMocks, {
    add: (name: string) => {
      stats.added.push(name);
      if (!validSheetName(name)) refuse('InvalidArgument', INVALID_ARGUMENT);
      else if (sheetNamed(name)) refuse('ItemAlreadyExists', ALREADY_EXISTS);
      const added: FakeSheet = { name, rows: 0, cols: 0 };
      live.sheets.push(added);
      return worksheetMock(added);
    },
    getItem: (name: string) => {
      const index = sheets.findIndex((sheet) => sheet.name === name);
      if (index < 0) throw new Error(`ItemNotFound: ${name}`);
      return worksheetMocks[index];
    },
    /** Any sheet the workbook has now, the ones added included; `isNullObject` for none. */
    getItemOrNullObject: (name: string) => {
      const sheet = sheetNamed(name);
      if (sheet) return worksheetMock(sheet);
      const none = track(new OfficeMockObject({}));
      none.isNullObject = true;
      return none;
    },
  });
  const tables = collection(tableMocks, {});
  track(worksheets);
  track(tables);

  /**
   * `workbook.names`: its items as a load finds them, `add` and `getItem` as Excel checks them (a
   * name by the rules above, unique ignoring case; a Range as reference).
   */
  let loadedNames: OfficeMockObject | null = null;
  const names = {
    load(properties: string) {
      const items = live.names.map((item) =>
        track(
          new OfficeMockObject({
            name: item.name,
            formula: formulaOf(item),
            visible: item.visible,
          }),
        ),
      );
      loadedNames = track(collection(items, {}));
      loadedNames.load(properties);
      return names;
    },
    get items(): unknown {
      return loadedNames ? loadedNames.items : 'not loaded';
    },
    add(name: string, reference: unknown) {
      requested += OBJECT_PATH_BYTES + ACTION_BYTES + name.length;
      const sheet =
        typeof reference === 'object' && reference !== null
          ? rangeSheets.get(reference)
          : undefined;
      const lower = name.toLowerCase();
      const item: LiveName = { name, sheet, visible: true };
      if (!validExcelName(name) || !sheet) refuse('InvalidArgument', INVALID_ARGUMENT);
      else if (live.names.some((other) => other.name.toLowerCase() === lower)) {
        refuse('ItemAlreadyExists', ALREADY_EXISTS);
      } else live.names.push(item);
      return {
        set visible(visible: boolean) {
          requested += ACTION_BYTES;
          item.visible = visible;
        },
      };
    },
    getItem(name: string) {
      requested += OBJECT_PATH_BYTES;
      const lower = name.toLowerCase();
      return {
        delete: () => {
          requested += ACTION_BYTES;
          const index = live.names.findIndex((item) => item.name.toLowerCase() === lower);
          if (index < 0) refuse('ItemNotFound', 'The requested resource does not exist.');
          else live.names.splice(index, 1);
        },
      };
    },
  };

  /** The committed writes over the cells as they were: what Excel holds after the sync. */
  const applyCells = (cells: typeof queuedCells) => {
    for (const { key, change } of cells) {
      const [name, at] = key.split('\u0000');
      const [row, col] = at.split(',').map(Number);
      const fake = live.sheets.find((sheet) => sheet.name === name);
      const before = fake ? cellNow(fake, row, col) : (overlay.get(key) ?? EMPTY);
      const { drop, ...rest } = change;
      const after: FakeCell = { ...before, ...rest };
      if (drop) delete after.formula;
      overlay.set(key, after);
    }
  };

  const context = {
    workbook: { worksheets, tables, names },
    async sync() {
      stats.syncs += 1;
      const payload = pending.reduce((sum, size) => sum + size, 0);
      const loadedCells = pending.length > 0;
      const request = requested;
      const refused = refusal;
      pending = [];
      requested = 0;
      refusal = null;
      const cells = queuedCells;
      queuedCells = [];
      if (refused) {
        rollBack();
        liveRollBack();
        stats.charts.length = chartsBeforeRefusal;
        throw refused;
      }
      if (request > limit || payload > limit) stats.charts.length = chartsCommitted;
      if (request > limit) {
        stats.refused += 1;
        rollBack();
        liveRollBack();
        throw sizeError(
          'RequestPayloadSizeLimitExceeded',
          'The request payload size has exceeded the limit.',
        );
      }
      if (payload > limit) {
        stats.refused += 1;
        rollBack();
        liveRollBack();
        throw sizeError(
          'ResponsePayloadSizeLimitExceeded',
          'The response payload size has exceeded the limit.',
        );
      }
      committed = changes.map((list) => list.length);
      liveCommitted = snapshot();
      applyCells(cells);
      chartsCommitted = stats.charts.length;
      if (loadedCells) stats.payloads.push(payload);
      if (request > 0) stats.requests.push(request);
      for (const mock of tracked) await mock.sync();
      // office-addin-mock's sync does not await its children: let them settle.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
  return {
    context: context as unknown as Excel.RequestContext,
    stats,
    /** Runs the following batches in an undo group, or not. */
    inUndoGroup: (on: boolean) => {
      undoGroup = on;
    },
  };
}

/** A RangeAreas address as Excel writes it: `'Sheet name'!A1:B2, 'Sheet name'!C3:C4`. */
function addressOf(sheet: string, areas: CellRange[]): string {
  const name = `'${sheet.replace(/'/g, "''")}'`;
  return areas.map((area) => `${name}!${rangeToA1(area)}`).join(', ');
}

/**
 * An Office.js collection: `items` is available after `load('items/…')` and a sync; the item
 * properties named after `items/` are loaded on every item.
 */
function collection(items: OfficeMockObject[], methods: Record<string, unknown>): OfficeMockObject {
  const mock = new OfficeMockObject({ items, ...methods });
  const load = mock.load.bind(mock);
  mock.load = (properties: string) => {
    load('items');
    const itemProperties = properties
      .split(',')
      .map((property) => property.trim().replace(/^items\//, ''))
      .join(',');
    for (const item of items) item.load(itemProperties);
    return mock;
  };
  return mock;
}
