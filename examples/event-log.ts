// Lists every Unstuck event on the example page, as a product team's sink would receive it.
const TYPES = ['unstuck-detect', 'unstuck-show', 'unstuck-answer', 'unstuck-dismiss', 'unstuck-escalate', 'unstuck-outcome', 'unstuck-error'];
const log = document.getElementById('event-log')!;

for (const type of TYPES) {
  document.addEventListener(type, (event) => {
    const detail = (event as CustomEvent).detail as Record<string, unknown>;
    const item = document.createElement('li');
    const name = document.createElement('strong');
    name.textContent = type;
    const body = document.createElement('code');
    const { id: _id, visit: _visit, at: _at, ...rest } = detail;
    body.textContent = JSON.stringify(rest);
    item.append(name, ' ', body);
    log.prepend(item);
  });
}
