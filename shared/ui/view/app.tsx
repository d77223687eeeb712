import { useEffect, useMemo, useReducer, useRef } from 'preact/hooks';
import type { Locale } from '../../i18n';
import { appReducer, initialAppState, isBusy, type AppAction, type AppState, type Panel } from '../app-state';
import { canImportRepWorkbooks, type Backend } from '../../workbook/operations';
import { todayIso } from '../../pipeline/dates';
import type { ActionOfferAction } from '../action-offer';
import { createController } from '../controller';
import type { WatchWorkbook } from '../workbook-watch';
import { AppHeader } from './app-header';
import { DealPanel } from './deal-panel';
import { HomePanel } from './home-panel';
import { InsertPanel } from './insert-panel';
import { LocaleProvider } from './locale-context';
import { QualifyPanel } from './qualify-panel';
import { SettingsPanel } from './settings-panel';
import { StatusBanner } from './status-banner';
import { TeamPanel } from './team-panel';
import type { PickedFile } from './team-extras';
import { ValuePanel } from './value-panel';
import { WorkbookLanguageOffer } from './workbook-language-offer';

export type Skin = 'office' | 'google' | 'playground';

export interface AppProps {
  readonly backend: Backend;
  readonly skin: Skin;
  readonly initialLocale?: Locale;
  readonly initialPanel?: Panel;
  /** Told when the UI language changes, by the rep or to the workbook's (the playground follows it in its grid). */
  readonly onLocaleChange?: (locale: Locale) => void;
  /** Told after every successful backend call (the playground re-renders its grid). */
  readonly onChanged?: () => void;
  /** Where the host can tell, changes made to the workbook outside the pane: the open wizard reads its sheet again. */
  readonly watchWorkbook?: WatchWorkbook;
}

/** The task pane / sidebar: one component tree for every host; the host differs only by backend and skin. */
export function App(props: AppProps) {
  const [state, dispatch] = useReducer<AppState, AppAction>(appReducer, initialAppState(props.initialLocale ?? 'en', 'home'));
  const stateRef = useRef(state);
  stateRef.current = state;
  const onChanged = useRef(props.onChanged);
  onChanged.current = props.onChanged;

  const controller = useMemo(
    () =>
      createController(
        props.backend,
        (action) => {
          // The ref is updated eagerly so a controller step that reads state right after dispatching sees it.
          stateRef.current = appReducer(stateRef.current, action);
          dispatch(action);
          if (action.type === 'callSucceeded') onChanged.current?.();
        },
        () => stateRef.current,
      ),
    [props.backend],
  );

  useEffect(() => {
    if (props.initialPanel && props.initialPanel !== 'home') void controller.open(props.initialPanel);
  }, [controller]);

  useEffect(() => props.watchWorkbook?.(() => void controller.workbookChanged()), [controller, props.watchWorkbook]);

  useEffect(() => {
    void controller.adoptWorkbookLanguage();
  }, [controller]);

  const onLocaleChange = useRef(props.onLocaleChange);
  onLocaleChange.current = props.onLocaleChange;
  const shownLocale = useRef(state.locale);
  useEffect(() => {
    if (shownLocale.current === state.locale) return;
    shownLocale.current = state.locale;
    onLocaleChange.current?.(state.locale);
  }, [state.locale]);

  const busy = isBusy(state);
  const today = todayIso();
  const actionOffer = {
    state: state.actions,
    send: (action: ActionOfferAction) => dispatch({ type: 'actions', action }),
    today,
    busy,
  };
  const setLocale = (locale: Locale) => void controller.switchLanguage(locale);

  let panel;
  switch (state.panel) {
    case 'qualify':
      panel = (
        <QualifyPanel
          state={state.qualify}
          send={(action) => dispatch({ type: 'qualify', action })}
          onSave={() => void controller.saveAssessment()}
          onKeep={() => void controller.keepSheetValues('qualify')}
          onOverwrite={() => void controller.saveAssessment(true)}
          onReloadFromSheet={() => void controller.reloadFromSheet('qualify')}
          busy={busy}
          actions={{ ...actionOffer, onAdd: (offer) => void controller.addAction(offer, 'qualify') }}
        />
      );
      break;
    case 'value':
      panel = (
        <ValuePanel
          state={state.value}
          send={(action) => dispatch({ type: 'value', action })}
          onSave={() => void controller.saveValue()}
          onKeep={() => void controller.keepSheetValues('value')}
          onOverwrite={() => void controller.saveValue(true)}
          onReloadFromSheet={() => void controller.reloadFromSheet('value')}
          busy={busy}
        />
      );
      break;
    case 'deal':
      panel = (
        <DealPanel
          state={state.deal}
          send={(action) => dispatch({ type: 'deal', action })}
          onUpdate={() => void controller.updateDeal()}
          onOverwrite={() => void controller.updateDeal(true)}
          onReload={() => void controller.reloadDeals()}
          onReloadFromSheet={() => void controller.reloadFromSheet('deal')}
          busy={busy}
          today={today}
          actions={{ ...actionOffer, onAdd: (offer) => void controller.addAction(offer, 'deal') }}
        />
      );
      break;
    case 'templates':
      panel = <InsertPanel state={state.insert} send={(action) => dispatch({ type: 'insert', action })} onInsert={() => void controller.insertTemplate()} busy={busy} />;
      break;
    case 'team':
      panel = (
        <TeamPanel
          state={state.team}
          send={(action) => dispatch({ type: 'team', action })}
          busy={busy}
          onRollUp={() => void controller.rollUpTeam()}
          onSnapshot={() => void controller.takeSnapshot()}
          onCompare={() => void controller.comparePipeline()}
          onExport={() => void controller.exportPipelineCsv()}
          onForecastAccuracy={() => void controller.forecastAccuracy()}
          {...(canImportRepWorkbooks(props.backend) ? { onAddWorkbook: (file: PickedFile) => void controller.addRepWorkbook(file) } : {})}
        />
      );
      break;
    case 'settings':
      panel = (
        <SettingsPanel
          state={state.settings}
          send={(action) => dispatch({ type: 'settings', action })}
          onSave={() => void controller.saveSettings()}
          onKeep={() => void controller.keepSheetValues('settings')}
          onOverwrite={() => void controller.saveSettings(true)}
          onReviewStageProbabilities={() => void controller.reviewStageProbabilities()}
          onAdoptStageProbabilities={() => void controller.adoptStageProbabilities()}
          busy={busy}
        />
      );
      break;
    default:
      panel = <HomePanel onOpen={(target) => void controller.open(target)} />;
  }

  return (
    <LocaleProvider locale={state.locale}>
      <div class={`dk-root skin-${props.skin}`} lang={state.locale} aria-busy={busy}>
        <AppHeader panel={state.panel} onHome={() => void controller.open('home')} onLocale={setLocale} />
        <StatusBanner busy={busy} error={state.error} notice={state.notice} onDismiss={() => dispatch({ type: 'dismissError' })} />
        <WorkbookLanguageOffer
          offer={state.languageOffer}
          onSwitch={() => void controller.switchWorkbookLanguage()}
          onDismiss={() => dispatch({ type: 'closeWorkbookLanguageOffer' })}
          busy={busy}
        />
        <main class="dk-main">{panel}</main>
      </div>
    </LocaleProvider>
  );
}
