import { createGasGlobals } from '../../fakes/spreadsheet-app';

/** The SpreadsheetApp fake batches an execution's writes as Apps Script does (see the fake's header). */
describe('executions on the SpreadsheetApp fake', () => {
  it('an execution reads its own writes; another sees them only once they are flushed', () => {
    const { SpreadsheetApp: app } = createGasGlobals({ sheets: ['Log'] });
    const log = app.spreadsheet.getSheetByName('Log')!;
    const seen: unknown[] = [];
    app.execute('first', () => {
      log.getRange('A1:B1').setValues([['one', 1]]);
      seen.push(log.getRange('A1').getValue(), log.getLastRow());
      app.execute('second', () => seen.push(log.getRange('A1').getValue(), log.getLastRow()));
      app.flush();
      app.execute('third', () => seen.push(log.getRange('A1').getValue()));
      log.getRange('A2').setValues([['two']]);
    });
    expect(seen).toEqual(['one', 1, '', 0, 'one']);
    // the end of an execution applies what it left pending
    expect(log.getRange('A1:A2').getValues()).toEqual([['one'], ['two']]);
  });

  it('the document lock has one holder, counts what was pending at release, and is freed when its execution ends', () => {
    const globals = createGasGlobals();
    const app = globals.SpreadsheetApp;
    const lock = globals.LockService.getDocumentLock();
    const answers: boolean[] = [];
    app.execute('holder', () => {
      lock.waitLock(1000);
      app
        .getActiveSheet()
        .getRange('A1')
        .setValues([['x']]);
      app.execute('other', () => answers.push(lock.tryLock(1000), lock.hasLock()));
      answers.push(lock.hasLock());
      lock.releaseLock();
    });
    expect(answers).toEqual([false, false, true]);
    expect(globals.documentLock.pendingAtRelease).toEqual([1]);
    app.execute('forgetful', () => lock.waitLock(1000));
    expect(globals.documentLock.held).toBe(false);
  });
});
