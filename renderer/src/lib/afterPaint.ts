// Resolves once the browser has had the chance to paint what was just rendered: after the
// next animation frame, or after a short wait where frames do not come (a window not shown
// yet, a background tab), so whatever waits on it is never held up for long.
const LONGEST_WAIT_MS = 100;

export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    setTimeout(finish, LONGEST_WAIT_MS);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(finish, 0));
  });
}
