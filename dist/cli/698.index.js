export const id = 698;
export const ids = [698];
export const modules = {

/***/ 698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PlanError: () => (/* binding */ PlanError),
/* harmony export */   parsePlanFile: () => (/* binding */ parsePlanFile),
/* harmony export */   parseTasksInput: () => (/* binding */ parseTasksInput)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3798);
/* harmony import */ var _needs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8552);
/* harmony import */ var _plan_fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8266);
/* harmony import */ var _plan_limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7419);
/* harmony import */ var _task_spec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9746);






/** A plan problem, with the task and field it is about when there is one. */
class PlanError extends Error {
    task;
    field;
    constructor(message, where = {}) {
        super(message);
        this.task = where.task;
        this.field = where.field;
    }
}
// Duplicate names are found by tasksOf, which can name the task.
const YAML_OPTIONS = { uniqueKeys: false, prettyErrors: false };
const TitleSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP('must be text, the TaskList title')
    .min(1, 'is empty; give the TaskList a title')
    .max(_plan_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_TITLE */ .Og, `is longer than GitHub allows for an issue title (${_plan_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_TITLE */ .Og} characters)`);
/**
 * The `tasks` input. Today's line form (`name` or `name: description`) reads
 * exactly as before; text that is a YAML mapping with at least one task given
 * as a mapping of fields (`run`, `needs`, ...) is read as YAML. Needs are
 * checked either way.
 */
function parseTasksInput(text) {
    const document = yamlMapping(text);
    const specs = document !== undefined && hasFieldMapping(document) ? tasksOf(document.contents, 'tasks') : lineForm(text);
    checkPlanNeeds(specs);
    return specs;
}
/** A plan file: YAML with `title` and `tasks`, the same mapping the `tasks` input takes. */
function parsePlanFile(text, path) {
    let document;
    try {
        document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, YAML_OPTIONS);
    }
    catch (error) {
        throw new PlanError(`${path} is not valid YAML: ${firstLine(error)}`);
    }
    const problem = document.errors[0];
    if (problem !== undefined)
        throw new PlanError(`${path} is not valid YAML: ${firstLine(problem.message)}`);
    const root = document.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root))
        throw new PlanError(`${path} must be a mapping with 'title' and 'tasks'`);
    for (const pair of root.items) {
        const key = scalarKey(pair.key);
        if (key !== 'title' && key !== 'tasks')
            throw new PlanError(`${path}: '${String(key).slice(0, 80)}' is not a plan field; a plan has 'title' and 'tasks'`, {
                field: String(key),
            });
    }
    const title = TitleSchema.safeParse(document.get('title'));
    if (!title.success)
        throw new PlanError(`${path} field 'title' ${title.error.issues[0]?.message ?? 'is not valid'}`, { field: 'title' });
    const tasks = tasksOf(document.get('tasks', true), `${path} field 'tasks'`);
    checkPlanNeeds(tasks);
    return { title: title.data.trim(), tasks };
}
function lineForm(text) {
    try {
        return (0,_task_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTaskSpecs */ .J9)(text);
    }
    catch (error) {
        if (error instanceof _task_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .TaskSpecError */ .nq)
            throw new PlanError(error.message);
        throw error;
    }
}
function checkPlanNeeds(specs) {
    try {
        (0,_needs_js__WEBPACK_IMPORTED_MODULE_1__/* .checkNeeds */ .Q1)(specs);
    }
    catch (error) {
        if (error instanceof _needs_js__WEBPACK_IMPORTED_MODULE_1__/* .NeedsError */ .uO) {
            const problem = error.problem;
            throw new PlanError(error.message, {
                ...(problem.kind === 'cycle' ? {} : { task: problem.task }),
                field: 'needs',
            });
        }
        throw error;
    }
}
/** The text as a YAML mapping document, or undefined when it is not one (then it is line form). */
function yamlMapping(text) {
    try {
        const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, YAML_OPTIONS);
        if (document.errors.length > 0 || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(document.contents))
            return undefined;
        return document;
    }
    catch {
        return undefined;
    }
}
function hasFieldMapping(document) {
    const root = document.contents;
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root) && root.items.some((pair) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(pair.value));
}
/** The tasks of a YAML mapping, in the order written (YAML maps keep order; JS objects would sort numeric names). */
function tasksOf(node, where) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        throw new PlanError(`${where} must be a mapping of task name to a description or to fields (${_plan_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .PLAN_FIELDS */ ._z.join(', ')})`, {
            field: 'tasks',
        });
    if (node.items.length === 0)
        throw new PlanError(`${where} is empty; give at least one task`, { field: 'tasks' });
    if (node.items.length > _task_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_TASKS */ .G6)
        throw new PlanError(`${where} lists ${node.items.length} tasks; a TaskList holds at most ${_task_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_TASKS */ .G6}, so split it into several`, { field: 'tasks' });
    const seen = new Set();
    return node.items.map((pair) => {
        const name = String(scalarKey(pair.key));
        if (seen.has(name))
            throw new PlanError(`task '${name.slice(0, 80)}' is given twice; task names must be unique`, { task: name });
        seen.add(name);
        if (!_task_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .TASK_NAME_PATTERN */ .zA.test(name) || name.length > _task_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_TASK_NAME */ .tX)
            throw new PlanError(`'${name.slice(0, 80)}' is not a valid task name; use a lowercase slug of letters, digits and hyphens (at most ${_task_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_TASK_NAME */ .tX} characters), such as database-migration`, { task: name });
        const value = toJs(pair.value);
        const fields = value === null || value === undefined ? {} : typeof value === 'string' ? { description: value } : value;
        const parsed = _plan_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .PlanTaskSchema */ .Y9.safeParse(fields);
        if (!parsed.success)
            throw new PlanError(taskIssue(name, parsed.error), { task: name, field: fieldOf(parsed.error) });
        return (0,_plan_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .specOf */ .rI)(name, {
            ...parsed.data,
            ...(parsed.data.description === undefined ? {} : { description: parsed.data.description.trim() }),
        });
    });
}
/** A YAML node as plain JSON-like data (maps become objects; field names are never numeric). */
function toJs(node) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return node.value;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(node))
        return node.toJSON();
    return node;
}
function scalarKey(key) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) ? key.value : key;
}
function fieldOf(error) {
    const issue = error.issues[0];
    if (issue === undefined)
        return undefined;
    if (issue.code === 'unrecognized_keys')
        return issue.keys[0];
    const first = issue.path[0];
    return first === undefined ? undefined : String(first);
}
function taskIssue(name, error) {
    const issue = error.issues[0];
    if (issue === undefined)
        return `task '${name}' is not valid`;
    if (issue.code === 'unrecognized_keys')
        return `task '${name}' field '${issue.keys[0] ?? ''}' is not a task field; use ${_plan_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .PLAN_FIELDS */ ._z.join(', ')}`;
    if (issue.path.length === 0)
        return `task '${name}' must be a description or a mapping of fields (${_plan_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .PLAN_FIELDS */ ._z.join(', ')})`;
    const field = String(issue.path[0]);
    const message = issue.code === 'invalid_type' || issue.code === 'invalid_union' ? expectedOf(field) : issue.message;
    return `task '${name}' field '${field}' ${message}`;
}
function expectedOf(field) {
    switch (field) {
        case 'needs':
            return 'must be a task name or a list of task names';
        case 'timeout':
            return 'must be a duration such as 90s, 15m or 1h30m';
        case 'retries':
            return 'must be a whole number from 0 to 10';
        default:
            return 'must be text';
    }
}
function firstLine(error) {
    const text = error instanceof Error ? error.message : String(error);
    return (text.split('\n')[0] ?? text).slice(0, 200);
}


/***/ })

};
