/** The pane: the same components inside Excel and on the web page; only the host differs. */
import { lazy, Suspense, useRef, useState, type ReactNode } from 'react';
import { Field, Input, Select, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { EvaluasiPanel } from './EvaluasiPanel';
import { FileOpener } from './FileOpener';
import { GeneratorPanel, panelStyles } from './GeneratorPanel';
import { HelpPanel } from './HelpPanel';
import { Notice } from './Notice';
import { withJenis, type PaneHost } from './host';
import type { PanelKit } from './RenjaPanel';
import type { SkmKit } from './SkmPanel';
import { SettingsPanel } from './SettingsPanel';
import { SheetPreview, type CellTarget } from './SheetPreview';
import { useGeneratorPlan } from './useGeneratorPlan';
import { errorMessage, isBusy, useValidation } from './useValidation';
import TabelPanel from './TabelPanel';
import { ValidationPanel } from './ValidationPanel';
import { FixAction } from './FixAction';
import type { WebHost } from './web-host';

/** The Renja form generator, with its engine; it takes what the pane ships from here (PanelKit). */
const RenjaPanel = lazy(() => import(/* webpackChunkName: "renja" */ './RenjaPanel'));
const RENJA_KIT: PanelKit = {
  Field,
  Select,
  GeneratorPanel,
  useGeneratorPlan,
  styles: panelStyles,
};

/** The SKM processing generator, with its engine, lazily as the Renja panel. */
const SkmPanel = lazy(() => import(/* webpackChunkName: "skm" */ './SkmPanel'));
const SKM_KIT: SkmKit = { ...RENJA_KIT, Input };

export type TabName =
  'validasi' | 'evaluasi' | 'tabel' | 'renja' | 'skm' | 'pengaturan' | 'bantuan';

const TABS: readonly TabName[] = [
  'validasi',
  'evaluasi',
  'tabel',
  'renja',
  'skm',
  'pengaturan',
  'bantuan',
];

/**
 * The tab a link opens: the manifest's help links (SupportUrl, LearnMoreUrl) point at
 * `index.html#bantuan`.
 */
export function tabOfHash(hash: string): TabName {
  const name = decodeURIComponent(hash.replace(/^#/, '')).toLowerCase();
  return TABS.find((tab) => tab === name) ?? 'validasi';
}

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  // At Excel's narrowest pane the tabs take two lines rather than run off the side.
  tabs: { flexWrap: 'wrap', minWidth: 0 },
  columns: {
    display: 'grid',
    gap: tokens.spacingHorizontalXL,
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 960px)': { gridTemplateColumns: 'minmax(320px, 520px) minmax(0, 1fr)' },
  },
  // Beside a long list of findings the preview stays in view.
  aside: { position: 'sticky', top: 0, alignSelf: 'start' },
});

export function App({ host, initialTab = 'validasi' }: { host: PaneHost; initialTab?: TabName }) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabName>(initialTab);
  const [settings, setSettings] = useState(() => host.loadSettings());
  /**
   * The file last picked on the web page; `error` when it could not be opened. `count` keys the
   * generator panels, so that any opening, of the same name too, starts them anew.
   */
  const [file, setFile] = useState<{ name: string; error?: string; count: number } | null>(null);
  const fileName = file && !file.error ? file.name : null;
  const openings = useRef(0);
  const [target, setTarget] = useState<CellTarget | null>(null);
  /** What the last fix wrote; the findings are validated again right after it. */
  const [fixNote, setFixNote] = useState<string | null>(null);
  const validation = useValidation(host);
  const web = host.kind === 'web' ? (host as WebHost) : null;
  // Once opened, a lazily loaded panel stays mounted (hidden), keeping its preview and choices.
  const opened = useRef(new Set<TabName>());
  opened.current.add(tab);

  // Any opening, failed or not, clears every earlier result and message: what stays on screen
  // is about the file just picked, never about one opened before.
  const openFile = async (picked: File) => {
    setFixNote(null);
    validation.reset();
    setTarget(null);
    const count = ++openings.current;
    try {
      await web?.openFile(picked);
      setFile({ name: picked.name, count });
    } catch (error) {
      setFile({ name: picked.name, error: errorMessage(error), count });
    }
  };

  /** The link that opened the preview's cell: "Kembali ke temuan" returns there. */
  const origin = useRef<HTMLElement | null>(null);

  const openCell = ({ sheet, cell }: CellTarget) => {
    if (host.selectCell) {
      host.selectCell(sheet, cell).catch(validation.fail);
    } else {
      origin.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setTarget({ sheet, cell });
    }
  };

  const backToFinding = () => {
    origin.current?.scrollIntoView({ block: 'center' });
    origin.current?.focus({ preventScroll: true });
  };

  const writeReport = async () => {
    const result = validation.result;
    if (!result) throw new Error('Belum ada hasil validasi.');
    const { settings, tables, findings, uncheckedSheets } = result;
    return host.writeReport({
      settings,
      validation: { tables, findings, uncheckedSheets },
      source: fileName ?? 'Workbook ini',
    });
  };

  const saveSettings = async (next: typeof settings) => {
    await host.saveSettings(next);
    setSettings(next);
  };

  /** A generator's panel: mounted at its first opening, then kept (hidden) with its choices. */
  const generatorPanel = (name: TabName, label: string, panel: ReactNode) =>
    opened.current.has(name) && (
      <div role="tabpanel" aria-label={label} hidden={tab !== name}>
        <Suspense fallback={<p>Memuat…</p>}>{panel}</Suspense>
      </div>
    );
  const canRun = !web || fileName !== null;

  return (
    <main className={styles.page}>
      <h1 className={styles.title}>Validasi Workbook LKj</h1>
      {web && (
        <FileOpener
          fileName={fileName}
          disabled={isBusy(validation.progress)}
          onFile={(picked) => void openFile(picked)}
        />
      )}
      {file?.error && <Notice intent="error">{file.error}</Notice>}
      {validation.result?.model.notices?.map((notice) => (
        <Notice key={notice} intent="warning">
          {notice}
        </Notice>
      ))}
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as TabName)}
        aria-label="Bagian panel"
      >
        <Tab value="validasi">Validasi</Tab>
        <Tab value="evaluasi">Evaluasi</Tab>
        <Tab value="tabel">Tabel LKj</Tab>
        <Tab value="renja">Evaluasi Renja</Tab>
        <Tab value="skm">Olah SKM</Tab>
        <Tab value="pengaturan">Pengaturan</Tab>
        <Tab value="bantuan">Bantuan</Tab>
      </TabList>
      <div role="tabpanel" aria-label="Validasi" hidden={tab !== 'validasi'}>
        <div className={styles.columns}>
          <div>
            {fixNote && <Notice intent="success">{fixNote}</Notice>}
            <ValidationPanel
              key={file?.count ?? 0}
              hostKind={host.kind}
              canRun={canRun}
              progress={validation.progress}
              result={validation.result}
              settings={settings}
              onRun={() => {
                setTarget(null);
                setFixNote(null);
                void validation.run(settings);
              }}
              renderActions={(findings) => (
                <FixAction
                  host={host}
                  findings={findings}
                  disabled={isBusy(validation.progress)}
                  onFixed={(note) => {
                    setFixNote(note);
                    void validation.run(settings);
                  }}
                />
              )}
              onCancel={validation.cancel}
              onOpen={openCell}
              onReport={writeReport}
              onJenis={async (jenis) => {
                const next = withJenis(settings, jenis);
                await saveSettings(next);
                setTarget(null);
                await validation.run(next);
              }}
            />
          </div>
          {web && validation.result && (
            <div className={styles.aside}>
              <SheetPreview
                model={validation.result.model}
                tables={validation.result.tables}
                target={target}
                onBack={backToFinding}
              />
            </div>
          )}
        </div>
      </div>
      {/* A file opened starts a new plan. */}
      {generatorPanel(
        'evaluasi',
        'Evaluasi',
        <EvaluasiPanel key={file?.count ?? 0} host={host} settings={settings} canRun={canRun} />,
      )}
      {generatorPanel(
        'tabel',
        'Tabel LKj',
        <TabelPanel key={file?.count ?? 0} host={host} settings={settings} canRun={canRun} />,
      )}
      {generatorPanel(
        'renja',
        'Evaluasi Renja',
        <RenjaPanel
          key={file?.count ?? 0}
          host={host}
          settings={settings}
          canRun={canRun}
          kit={RENJA_KIT}
        />,
      )}
      {generatorPanel(
        'skm',
        'Olah SKM',
        <SkmPanel
          key={fileName ?? ''}
          host={host}
          settings={settings}
          canRun={canRun}
          kit={SKM_KIT}
        />,
      )}
      {tab === 'pengaturan' && (
        <div role="tabpanel" aria-label="Pengaturan">
          <SettingsPanel hostKind={host.kind} settings={settings} onSave={saveSettings} />
        </div>
      )}
      {tab === 'bantuan' && (
        <div role="tabpanel" aria-label="Bantuan">
          <HelpPanel hostKind={host.kind} />
        </div>
      )}
    </main>
  );
}
