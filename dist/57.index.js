export const id = 57;
export const ids = [57];
export const modules = {

/***/ 3057:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PlanError: () => (/* binding */ PlanError),
  parsePlanFile: () => (/* binding */ parsePlanFile),
  parseTasksInput: () => (/* binding */ parseTasksInput)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(0);
// EXTERNAL MODULE: ./build/domain/plan-fields.js
var plan_fields = __webpack_require__(8266);
;// CONCATENATED MODULE: ./build/domain/needs.js

class NeedsError extends Error {
    problem;
    constructor(problem) {
        super(describeNeedsProblem(problem));
        this.problem = problem;
    }
}
function describeNeedsProblem(problem) {
    switch (problem.kind) {
        case 'unknown':
            return `task '${problem.task}' field 'needs': '${problem.need}' is not a task of this plan; name one of its tasks, or add '${problem.need}'`;
        case 'self':
            return `task '${problem.task}' field 'needs': a task cannot need itself; remove '${problem.task}' from its needs`;
        case 'cycle':
            return `field 'needs': the tasks need each other in a cycle, ${problem.cycle.join(' -> ')}; remove one of these needs`;
    }
}
/**
 * The first problem with the plan's `needs`, in plan order, or undefined when
 * every need names a task and the needs form no cycle.
 */
function needsProblem(specs) {
    const needsOf = new Map(specs.map((spec) => [spec.name, (0,plan_fields/* runFieldsOf */.Oz)(spec).needs]));
    for (const spec of specs) {
        for (const need of needsOf.get(spec.name) ?? []) {
            if (need === spec.name)
                return { kind: 'self', task: spec.name };
            if (!needsOf.has(need))
                return { kind: 'unknown', task: spec.name, need };
        }
    }
    const cycle = findCycle(specs.map((spec) => spec.name), (name) => needsOf.get(name) ?? []);
    return cycle === undefined ? undefined : { kind: 'cycle', cycle };
}
/** Throws NeedsError on the first problem with the plan's needs. */
function checkNeeds(specs) {
    const problem = needsProblem(specs);
    if (problem !== undefined)
        throw new NeedsError(problem);
}
/**
 * A cycle as the path that closes it (`a -> b -> a`), found by a depth-first
 * walk in plan order so the same plan always names the same cycle. Iterative,
 * so a chain of a thousand tasks cannot overflow the stack.
 */
function findCycle(names, edges) {
    const state = new Map();
    for (const root of names) {
        if (state.has(root))
            continue;
        const path = [];
        const stack = [{ name: root, next: 0 }];
        state.set(root, 'open');
        path.push(root);
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            if (top === undefined)
                break;
            const out = edges(top.name);
            const child = out[top.next];
            top.next += 1;
            if (child === undefined) {
                state.set(top.name, 'done');
                stack.pop();
                path.pop();
                continue;
            }
            const seen = state.get(child);
            if (seen === 'open')
                return [...path.slice(path.indexOf(child)), child];
            if (seen === undefined) {
                state.set(child, 'open');
                stack.push({ name: child, next: 0 });
                path.push(child);
            }
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./build/domain/task-spec.js
var task_spec = __webpack_require__(9746);
;// CONCATENATED MODULE: ./build/domain/plan.js





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
const TitleSchema = schemas/* string */.YjP('must be text, the TaskList title')
    .min(1, 'is empty; give the TaskList a title')
    .max(256, 'is longer than GitHub allows for an issue title (256 characters)');
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
        document = (0,dist/* parseDocument */.Tp)(text, YAML_OPTIONS);
    }
    catch (error) {
        throw new PlanError(`${path} is not valid YAML: ${firstLine(error)}`);
    }
    const problem = document.errors[0];
    if (problem !== undefined)
        throw new PlanError(`${path} is not valid YAML: ${firstLine(problem.message)}`);
    const root = document.contents;
    if (!(0,dist/* isMap */.jh)(root))
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
        return (0,task_spec/* parseTaskSpecs */.J9)(text);
    }
    catch (error) {
        if (error instanceof task_spec/* TaskSpecError */.nq)
            throw new PlanError(error.message);
        throw error;
    }
}
function checkPlanNeeds(specs) {
    try {
        checkNeeds(specs);
    }
    catch (error) {
        if (error instanceof NeedsError) {
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
        const document = (0,dist/* parseDocument */.Tp)(text, YAML_OPTIONS);
        if (document.errors.length > 0 || !(0,dist/* isMap */.jh)(document.contents))
            return undefined;
        return document;
    }
    catch {
        return undefined;
    }
}
function hasFieldMapping(document) {
    const root = document.contents;
    return (0,dist/* isMap */.jh)(root) && root.items.some((pair) => (0,dist/* isMap */.jh)(pair.value));
}
/** The tasks of a YAML mapping, in the order written (YAML maps keep order; JS objects would sort numeric names). */
function tasksOf(node, where) {
    if (!(0,dist/* isMap */.jh)(node))
        throw new PlanError(`${where} must be a mapping of task name to a description or to fields (${plan_fields/* PLAN_FIELDS */._z.join(', ')})`, {
            field: 'tasks',
        });
    if (node.items.length === 0)
        throw new PlanError(`${where} is empty; give at least one task`, { field: 'tasks' });
    if (node.items.length > task_spec/* MAX_TASKS */.G6)
        throw new PlanError(`${where} lists ${node.items.length} tasks; a TaskList holds at most ${task_spec/* MAX_TASKS */.G6}, so split it into several`, { field: 'tasks' });
    const seen = new Set();
    return node.items.map((pair) => {
        const name = String(scalarKey(pair.key));
        if (seen.has(name))
            throw new PlanError(`task '${name.slice(0, 80)}' is given twice; task names must be unique`, { task: name });
        seen.add(name);
        if (!task_spec/* TASK_NAME_PATTERN */.zA.test(name) || name.length > task_spec/* MAX_TASK_NAME */.tX)
            throw new PlanError(`'${name.slice(0, 80)}' is not a valid task name; use a lowercase slug of letters, digits and hyphens (at most ${task_spec/* MAX_TASK_NAME */.tX} characters), such as database-migration`, { task: name });
        const value = toJs(pair.value);
        const fields = value === null || value === undefined ? {} : typeof value === 'string' ? { description: value } : value;
        const parsed = plan_fields/* PlanTaskSchema */.Y9.safeParse(fields);
        if (!parsed.success)
            throw new PlanError(taskIssue(name, parsed.error), { task: name, field: fieldOf(parsed.error) });
        return (0,plan_fields/* specOf */.rI)(name, {
            ...parsed.data,
            ...(parsed.data.description === undefined ? {} : { description: parsed.data.description.trim() }),
        });
    });
}
/** A YAML node as plain JSON-like data (maps become objects; field names are never numeric). */
function toJs(node) {
    if ((0,dist/* isScalar */.jn)(node))
        return node.value;
    if ((0,dist/* isNode */.Ll)(node))
        return node.toJSON();
    return node;
}
function scalarKey(key) {
    return (0,dist/* isScalar */.jn)(key) ? key.value : key;
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
        return `task '${name}' field '${issue.keys[0] ?? ''}' is not a task field; use ${plan_fields/* PLAN_FIELDS */._z.join(', ')}`;
    if (issue.path.length === 0)
        return `task '${name}' must be a description or a mapping of fields (${plan_fields/* PLAN_FIELDS */._z.join(', ')})`;
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
