#!/bin/bash
# Usage: bash scripts/ab-lint.sh REF_A REF_B [ru|uk|bg|en]
# Is one commit's linter faster than another's? Each commit's lib/lint is bundled as the extension ships it
# (esbuild, minified), both bundles are loaded into one plain node process and timed in 41 alternating rounds of CPU
# time, so a busy moment on the machine slows both alike. Prints each median and B/A (below 1: B is faster). A
# difference under about 3% is this machine's noise. REF_B may be "work" for the uncommitted working tree.
set -euo pipefail
A=$1; B=$2; LANGUAGE=${3:-en}
ROOT=$(git rev-parse --show-toplevel)
OUT=$(mktemp -d)
trap 'for ref in a b; do git -C "$ROOT" worktree remove --force "$OUT/$ref" 2>/dev/null || true; done; rm -rf "$OUT"' EXIT
bundle() { # ref name
  local dir="$ROOT"
  if [ "$1" != work ]; then dir="$OUT/$2"; git -C "$ROOT" worktree add -q --detach "$dir" "$1"; ln -s "$ROOT/node_modules" "$dir/node_modules"; fi
  (cd "$ROOT" && npx esbuild "$dir/lib/lint/index.ts" --bundle --format=esm --platform=node --minify \
    --outfile="$OUT/$2.mjs" --log-level=error)
}
bundle "$A" a; bundle "$B" b
cat > "$OUT/run.mjs" <<JS
import { perCall } from '$ROOT/test/bench/cpu-time.mjs';
const a = await import('$OUT/a.mjs'), b = await import('$OUT/b.mjs');
const samples = { en: 'Hi Anna, please be advised that your complaint has been registered. I am so sorry the courier was three days late. We have already contacted the delivery company and are tracking the parcel. We will message you privately by 6 pm today. ', ru: 'Анна, здравствуйте! Доводим до вашего сведения, что ваше обращение зарегистрировано. Нам очень жаль, что курьер опоздал на три дня. Мы уже связались со службой доставки и выясняем, где посылка. Сегодня до 18:00 напишем вам в личные сообщения. ', uk: 'Олено, добрий день! Нам дуже шкода, що кур’єр запізнився на три дні. Ми вже зв’язалися зі службою доставки і з’ясовуємо, де посилка. Сьогодні до 18:00 напишемо вам в особисті повідомлення. Дякуємо за ваш відгук. ', bg: 'Здравейте, Мария! Много съжаляваме, че куриерът закъсня с три дни. Вече се свързахме с куриерската фирма и проверяваме къде е пратката. Днес до 18:00 ще ви пишем в лични съобщения. Благодарим за отзива. ' };
let text = ''; while (text.length < 2000) text += samples['$LANGUAGE']; text = text.slice(0, 2000);
for (const m of [a, b]) { for (const l of ['ru', 'uk', 'bg', 'en']) m.lintReply('Тест. Test.', { language: l }); for (let i = 0; i < 2000; i++) m.lintReply(text, { language: '$LANGUAGE' }); }
const cpu = (m) => perCall(() => m.lintReply(text, { language: '$LANGUAGE' }), 60);
const ta = [], tb = [], ratio = [];
for (let r = 0; r < 41; r++) { const [x, y] = r % 2 ? [cpu(a), cpu(b)] : [cpu(b), cpu(a)].reverse(); ta.push(x); tb.push(y); ratio.push(y / x); }
const median = (v) => [...v].sort((p, q) => p - q)[v.length >> 1];
console.log('$LANGUAGE: $A ' + median(ta).toFixed(1) + ' µs, $B ' + median(tb).toFixed(1) + ' µs, B/A ' + median(ratio).toFixed(3));
JS
node "$OUT/run.mjs"
