export const id = 532;
export const ids = [532];
export const modules = {

/***/ 97532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8126);

const run = async () => {
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotAvailableError */ .Xj('open-drift-issue', 'a later issue');
};


/***/ })

};
