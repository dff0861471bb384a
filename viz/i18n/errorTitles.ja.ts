/**
 * エラーコードの日本語の見出し（engine/errors.ts の title と同じ意味）。型により全コードが必須。
 * サーバーの個別メッセージは英語のため、画面ではこの見出しを添えて表示する。
 */
import type { ErrorCode } from '../../engine/errors.js';

export const ERROR_TITLES_JA: Record<ErrorCode, string> = {
  WSM_USAGE: 'コマンドの指定が正しくありません（不明なオプション、引数の不足・過剰）',
  WSM_FLAG_INVALID: 'オプションの値の型または範囲が正しくありません',
  WSM_FILE_UNREADABLE: 'ファイルが存在しないか、読み込めません',
  WSM_FILE_TOO_LARGE: 'ファイルまたは送信データが入力の上限を超えています',
  WSM_JSON_INVALID: 'JSON として読めないテキストです',
  WSM_REFERENCE_INVALID: 'extends・部品・平面図の参照をたどれません',
  WSM_NUMBER_NOT_FINITE: '数値が大きすぎます（倍精度で無限大になります）',
  WSM_KEY_RESERVED: '__proto__・constructor・prototype はキーや ID に使えません',
  WSM_REFERENCE_OUTSIDE: 'シナリオのフォルダとライブラリの外にあるファイルは参照できません',
  WSM_MODEL_INVALID: '待ち行列ネットワークのモデルがスキーマまたは規則に反しています',
  WSM_SCENARIO_INVALID: 'シナリオがスキーマまたは規則に反しています',
  WSM_PART_MISSING: 'このコマンドに必要な部分（来庁者・執務空間など）がシナリオにありません',
  WSM_PLAN_INVALID: '平面図の形状または属性が正しくありません',
  WSM_PLAN_UNREACHABLE: '来庁者が到達できない公開ゾーンが平面図にあります',
  WSM_DXF_INVALID: 'DXF 図面またはレイヤー対応表を取り込めません',
  WSM_DEMAND_INVALID: '面積需要または職級別人員の文書がスキーマに反しています',
  WSM_COMPARE_INVALID: '比較には、共通の部分を持つ二つ以上のシナリオが必要です',
  WSM_SWEEP_PATH_UNKNOWN: 'スイープのパスがシナリオのどの項目も指していません',
  WSM_SWEEP_VALUE_INVALID: 'スイープの値の型または範囲が項目に合いません',
  WSM_SWEEP_TOO_MANY_CELLS: 'スイープの格子のセル数が上限を超えています',
  WSM_RESULT_INVALID: '既知の種類・版の wardsim の結果ではありません',
  WSM_LIMIT_EXCEEDED: '大きさまたは計算量が定められた上限を超えています',
  WSM_STUDY_INVALID: '市全体の検討ファイル（区の諸元・区・案）が規則に反しています',
  WSM_WORK_BUDGET: '見積もった計算量が上限を超えています（--force で実行できます）',
  WSM_NOT_FOUND: 'その ID のシナリオ・平面図・実行はありません',
  WSM_READ_ONLY: 'ライブラリのシナリオ・平面図は変更できません',
  WSM_RUN_STATE: '実行の状態がこの操作を許しません（未完了、または終了済み）',
  WSM_UNAUTHORIZED: 'サーバーが求める認証トークンのない書き込みです',
  WSM_RATE_LIMITED: '1 分あたりの要求が多すぎます',
  WSM_ID_TAKEN: 'その ID は保存済みのシナリオまたは平面図が使っています',
  WSM_REDIS_UNREACHABLE: 'Redis サーバー（--redis、WARDSIM_REDIS_URL）が応答しません',
};

/** The Japanese title of a code, or null for a code this build does not know (a newer server). */
export function errorTitleJa(code: string | null): string | null {
  return code !== null && Object.hasOwn(ERROR_TITLES_JA, code) ? ERROR_TITLES_JA[code as ErrorCode] : null;
}
