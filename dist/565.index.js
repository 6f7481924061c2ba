export const id = 565;
export const ids = [565];
export const modules = {

/***/ 9565:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dispatch: () => (/* binding */ dispatch)
/* harmony export */ });
/**
 * Hands each command its own request. Each command is imported when it is the one asked for, so a
 * step parses only its own command's code: the bundler splits each into a chunk of its own.
 */
async function dispatch(context) {
    const { inputs } = context;
    switch (inputs.command) {
        case 'create':
            return (await Promise.all(/* import() */[__webpack_require__.e(377), __webpack_require__.e(72), __webpack_require__.e(639)]).then(__webpack_require__.bind(__webpack_require__, 3639))).createCommand({ ...context, inputs });
        case 'load':
            return (await Promise.all(/* import() */[__webpack_require__.e(377), __webpack_require__.e(72), __webpack_require__.e(472)]).then(__webpack_require__.bind(__webpack_require__, 7472))).loadCommand({ ...context, inputs });
        case 'start':
            return (await Promise.all(/* import() */[__webpack_require__.e(377), __webpack_require__.e(72), __webpack_require__.e(151)]).then(__webpack_require__.bind(__webpack_require__, 8151))).startCommand({ ...context, inputs });
        case 'run':
            return (await Promise.all(/* import() */[__webpack_require__.e(377), __webpack_require__.e(72), __webpack_require__.e(382), __webpack_require__.e(339)]).then(__webpack_require__.bind(__webpack_require__, 4339))).runCommand({ ...context, inputs });
        case 'resume':
            return (await Promise.all(/* import() */[__webpack_require__.e(377), __webpack_require__.e(72), __webpack_require__.e(382), __webpack_require__.e(423)]).then(__webpack_require__.bind(__webpack_require__, 2423))).resumeCommand({ ...context, inputs });
        case 'complete':
        case 'fail':
        case 'skip':
            return (await Promise.all(/* import() */[__webpack_require__.e(377), __webpack_require__.e(72), __webpack_require__.e(427)]).then(__webpack_require__.bind(__webpack_require__, 8427))).transitionCommand({ ...context, inputs });
        case 'bot':
            return (await Promise.all(/* import() */[__webpack_require__.e(377), __webpack_require__.e(72), __webpack_require__.e(136), __webpack_require__.e(750)]).then(__webpack_require__.bind(__webpack_require__, 9750))).botCommand({ ...context, inputs });
    }
}


/***/ })

};
