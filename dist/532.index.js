export const id = 532;
export const ids = [532];
export const modules = {

/***/ 97532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _alerts_drift_issue_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32364);
/* harmony import */ var _drift_monitor_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86574);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16317);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(63643);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8126);







const run = async ({ inputs, io, env, cwd, run: context }) => {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, inputs.report);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`input "report": ${inputs.report} cannot be read (${error.code ?? error.message}); give monitor's \`report\` output.`, 'report');
    }
    let report;
    try {
        report = (0,_drift_monitor_report_js__WEBPACK_IMPORTED_MODULE_3__/* .parseMonitorReport */ .O4)(text, inputs.report);
    }
    catch (error) {
        if (error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`input "report": ${error.message}`, 'report');
        throw error;
    }
    const retrainInputs = inputs['retrain-inputs'];
    const unknownInputs = retrainInputs.filter((name) => !(0,_alerts_drift_issue_js__WEBPACK_IMPORTED_MODULE_2__/* .isRetrainInput */ .WJ)(name));
    if (unknownInputs.length > 0) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`input "retrain-inputs": ${unknownInputs.join(', ')} is not one of ${_alerts_drift_issue_js__WEBPACK_IMPORTED_MODULE_2__/* .RETRAIN_INPUTS */ .gi.join(', ')}.`, 'retrain-inputs');
    }
    const token = inputs['github-token'];
    if (!token)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('input "github-token" is empty: give a token with `issues: write` (and `actions: write` for retrain-workflow).', 'github-token');
    const repository = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_5__/* .requireRepository */ .C)(context);
    const client = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_4__/* .createGitHubClient */ .LX)({ token, apiUrl: context.apiUrl, env, io });
    const workflow = inputs['retrain-workflow'];
    const result = await (0,_alerts_drift_issue_js__WEBPACK_IMPORTED_MODULE_2__/* .syncDriftIssue */ .ac)(client, repository, report, {
        model: inputs.model,
        environment: inputs.environment,
        title: inputs.title,
        labels: inputs.labels,
        assignees: inputs.assignees,
        closeWhenResolved: inputs['close-when-resolved'],
        retrain: workflow ? { workflow, ref: inputs['retrain-ref'], inputs: retrainInputs.filter(_alerts_drift_issue_js__WEBPACK_IMPORTED_MODULE_2__/* .isRetrainInput */ .WJ) } : undefined,
        runUrl: context.runUrl,
        io,
    });
    return {
        'issue-number': result.issue?.number ?? '',
        'issue-url': result.issue?.url ?? '',
        action: result.action,
        'retrain-dispatched': result.retrainDispatched,
    };
};


/***/ })

};
