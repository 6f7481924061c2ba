export const id = 565;
export const ids = [565];
export const modules = {

/***/ 9565:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dispatch: () => (/* binding */ dispatch)
/* harmony export */ });
// Each command is imported when it is the one asked for, so a step parses only its own command's
// code: the bundler splits each into a chunk of its own (`bot` alone pulls in the bot and its schema).
async function dispatch(context) {
    switch (context.inputs.command) {
        case 'create':
            return (await __webpack_require__.e(/* import() */ 125).then(__webpack_require__.bind(__webpack_require__, 6125))).createCommand(context);
        case 'load':
            return (await __webpack_require__.e(/* import() */ 472).then(__webpack_require__.bind(__webpack_require__, 7472))).loadCommand(context);
        case 'start':
            return (await Promise.all(/* import() */[__webpack_require__.e(0), __webpack_require__.e(954), __webpack_require__.e(219)]).then(__webpack_require__.bind(__webpack_require__, 1919))).startCommand(context);
        case 'run':
            return (await Promise.all(/* import() */[__webpack_require__.e(0), __webpack_require__.e(954), __webpack_require__.e(465)]).then(__webpack_require__.bind(__webpack_require__, 841))).runCommand(context);
        case 'complete':
        case 'fail':
        case 'skip':
            return (await Promise.all(/* import() */[__webpack_require__.e(0), __webpack_require__.e(427)]).then(__webpack_require__.bind(__webpack_require__, 8427))).transitionCommand(context, context.inputs.command);
        case 'bot':
            return (await Promise.all(/* import() */[__webpack_require__.e(0), __webpack_require__.e(750)]).then(__webpack_require__.bind(__webpack_require__, 9750))).botCommand(context);
    }
}


/***/ })

};
