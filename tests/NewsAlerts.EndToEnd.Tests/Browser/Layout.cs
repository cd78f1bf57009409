namespace NewsAlerts.EndToEnd.Tests.Browser;

using Microsoft.Playwright;

/// <summary>
/// Trial r36 #12: at 390 px the console's delivery and SMS-cost tables ran past the screen ("Total" one letter a line) and
/// a sign-up select cut its option. On a page as it is now, no visible element reaches past the viewport's edges: a
/// table may scroll inside its own wrapper (<c>overflow-x: auto</c>; the wrapper itself must fit), but a table marked
/// <c>reflow</c> must fit without scrolling, and a select must be wide enough for its chosen option. A left-to-right
/// isolate (<c>bdi dir="ltr"</c>: a phone number, code, time or address) is never broken across lines (trial s45 #11).
/// </summary>
public static class Layout
{
    // Elements reaching past the viewport (outside a scroll container), reflow tables wider than their wrapper, selects
    // narrower than their chosen option; each as tag#id.class and its box. Skip links and visually hidden text are
    // placed off-screen or clipped on purpose.
    private const string Script = """
        () => {
          const width = document.documentElement.clientWidth;
          const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/).join('.') : '');
          const hidden = e => e.closest('.skip, .visually-hidden') !== null;
          const scrolls = e => {
            for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
              const x = getComputedStyle(p).overflowX;
              if (x === 'auto' || x === 'scroll' || x === 'hidden') { return true; }
            }
            return false;
          };
          const found = [];
          for (const e of document.body.querySelectorAll('*')) {
            const box = e.getBoundingClientRect();
            if (box.width === 0 || box.height === 0 || hidden(e) || getComputedStyle(e).visibility === 'hidden') { continue; }
            if (!scrolls(e) && (box.right > width + 1 || box.left < -1)) {
              found.push(`${name(e)} spans ${Math.round(box.left)}..${Math.round(box.right)} px`);
            }
            if (e.matches('table.reflow') && e.parentElement && e.scrollWidth > e.parentElement.clientWidth + 1) {
              found.push(`${name(e)} is ${e.scrollWidth} px wide in ${e.parentElement.clientWidth} px`);
            }
            if (e.tagName === 'SELECT' && e.selectedIndex >= 0) {
              const probe = document.createElement('span');
              probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;font:' + getComputedStyle(e).font;
              probe.textContent = e.options[e.selectedIndex].text;
              document.body.appendChild(probe);
              const needed = probe.getBoundingClientRect().width;
              probe.remove();
              // The select's own padding, border and arrow take about 3 em; its text box is what is left.
              if (needed > e.clientWidth - 2.5 * parseFloat(getComputedStyle(e).fontSize)) {
                found.push(`${name(e)} shows "${e.options[e.selectedIndex].text}" (${Math.round(needed)} px) in ${e.clientWidth} px`);
              }
            }
            // Trial s45 #11: "+1 500-555-0006" broke after "500-555-" on an Arabic page. A left-to-right isolate (number,
            // code, time, address) is one unbreakable box, wrapping inside only when longer than the whole line.
            if (e.matches('bdi[dir=ltr]')) {
              const style = getComputedStyle(e);
              if (style.display === 'inline' && style.whiteSpace !== 'nowrap' && style.whiteSpace !== 'pre') {
                found.push(`${name(e)} "${e.textContent}" can break across lines (display inline, white-space ${style.whiteSpace})`);
              } else if (e.getClientRects().length > 1) {
                found.push(`${name(e)} "${e.textContent}" is broken across ${e.getClientRects().length} lines`);
              }
            }
            if (found.length >= 10) { break; }
          }
          return found;
        }
        """;

    /// <summary>Fails naming up to ten elements that run past the viewport of <paramref name="page"/> as laid out now, or isolated values that can break across lines.</summary>
    public static async Task AssertFitsTheScreenAsync(IPage page, string where)
    {
        ArgumentNullException.ThrowIfNull(page);
        var found = await page.EvaluateAsync<string[]>(Script);
        Assert.True(found.Length == 0, $"{where} ({page.Url}) runs past the screen: {string.Join("; ", found)}");
    }
}
