"""The one bilingual message catalogue of vimod: Vietnamese first, English second.

Every person-visible string that vimod itself writes lives here, in both languages: the
review console's screens (unprefixed keys), the wording of decisions made by people and of
the right to appeal (``decision.*``, ``redress``), and the labels of transparency reports
(``report.*``). A leaf module: it imports nothing from vimod. ``tests`` check that every key
has both languages and that templates use only known keys.

Policy rules carry their own reasons in the policy file (``vimod.policy``): those are the
operator's words, not vimod's.
"""

from __future__ import annotations

LANGS: tuple[str, ...] = ("vi", "en")
DEFAULT_LANG = "vi"

MESSAGES: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ decisions and redress
    "decision.review_intro": {
        "vi": "Người kiểm duyệt đã xem xét nội dung này.",
        "en": "A moderator reviewed this content.",
    },
    "decision.appeal_intro": {
        "vi": "Kháng nghị đã được một người kiểm duyệt khác xem xét.",
        "en": "The appeal was reviewed by another moderator.",
    },
    "decision.reason": {"vi": "Lý do: {reason}", "en": "Reason: {reason}"},
    "redress": {
        "vi": "Nếu bạn cho rằng quyết định này sai, bạn có thể khiếu nại; một người khác với "
        "người đã quyết định sẽ xem xét lại.",
        "en": "If you think this decision is wrong you can appeal it; a person other than the "
        "one who decided will look at it again.",
    },
    # ------------------------------------------------------------------ transparency reports
    # actions on content
    "report.allow": {"vi": "Cho phép", "en": "Allowed"},
    "report.label": {"vi": "Gắn nhãn cảnh báo", "en": "Labelled"},
    "report.review": {"vi": "Tạm giữ chờ xem xét", "en": "Held for review"},
    "report.remove": {"vi": "Gỡ bỏ", "en": "Removed"},
    # detection sources
    "report.automated": {"vi": "Phát hiện tự động", "en": "Automated detection"},
    "report.user_report": {"vi": "Báo cáo của người dùng", "en": "User report"},
    "report.authority_request": {"vi": "Yêu cầu của cơ quan nhà nước", "en": "Authority request"},
    "report.appeal": {"vi": "Khiếu nại", "en": "Appeal"},
    "report.unattributed": {"vi": "Không xác định", "en": "Unattributed"},
    # decision origins
    "report.review_origin": {"vi": "Người kiểm duyệt", "en": "Human review"},
    # authority request outcomes
    "report.actioned": {"vi": "Đã xử lý", "en": "Actioned"},
    "report.declined": {"vi": "Từ chối", "en": "Declined"},
    "report.pending": {"vi": "Đang chờ", "en": "Pending"},
    # appeal outcomes (upheld = the original decision stands)
    "report.upheld": {"vi": "Giữ nguyên quyết định", "en": "Decision upheld"},
    "report.reversed": {"vi": "Đảo ngược quyết định", "en": "Decision reversed"},
    # review verdicts
    "report.uphold": {"vi": "Giữ nguyên", "en": "Upheld"},
    "report.overturn": {"vi": "Thay đổi", "en": "Overturned"},
    "report.escalate": {"vi": "Chuyển cấp cao hơn", "en": "Escalated"},
    # granularity
    "report.day": {"vi": "ngày", "en": "day"},
    "report.week": {"vi": "tuần", "en": "week"},
    # ------------------------------------------------------------------ review console
    # chrome
    "app_name": {"vi": "vimod · Bảng kiểm duyệt", "en": "vimod · Review console"},
    "skip_to_content": {"vi": "Chuyển đến nội dung chính", "en": "Skip to main content"},
    "nav_queue": {"vi": "Hàng chờ", "en": "Queue"},
    "nav_appeals": {"vi": "Kháng nghị", "en": "Appeals"},
    "nav_audit": {"vi": "Nhật ký", "en": "Audit log"},
    "nav_policy": {"vi": "Chính sách", "en": "Policy"},
    "nav_accounts": {"vi": "Tài khoản", "en": "Accounts"},
    "nav_reports": {"vi": "Báo cáo minh bạch", "en": "Transparency reports"},
    "main_nav": {"vi": "Điều hướng chính", "en": "Main navigation"},
    "signed_in_as": {"vi": "Đăng nhập với tên", "en": "Signed in as"},
    "logout": {"vi": "Đăng xuất", "en": "Log out"},
    "language": {"vi": "Ngôn ngữ", "en": "Language"},
    "role_admin": {"vi": "quản trị", "en": "admin"},
    "role_moderator": {"vi": "kiểm duyệt viên", "en": "moderator"},
    "shortcuts_hint": {
        "vi": "Phím tắt: j/k chọn dòng, Enter mở, u giữ nguyên, o thay đổi, e chuyển cấp, "
        "c nhận việc, ? trợ giúp",
        "en": "Shortcuts: j/k move, Enter open, u uphold, o overturn, e escalate, c claim, "
        "? help",
    },
    # login
    "login_title": {"vi": "Đăng nhập", "en": "Log in"},
    "username": {"vi": "Tên đăng nhập", "en": "Username"},
    "password": {"vi": "Mật khẩu", "en": "Password"},
    "login_button": {"vi": "Đăng nhập", "en": "Log in"},
    "login_failed": {
        "vi": "Tên đăng nhập hoặc mật khẩu không đúng.",
        "en": "Wrong username or password.",
    },
    "login_throttled": {
        "vi": "Quá nhiều lần đăng nhập sai. Hãy thử lại sau 15 phút.",
        "en": "Too many failed logins. Try again in 15 minutes.",
    },
    "logged_out": {"vi": "Bạn đã đăng xuất.", "en": "You are logged out."},
    # queue
    "queue_title": {"vi": "Hàng chờ kiểm duyệt", "en": "Review queue"},
    "queue_intro": {
        "vi": "Nội dung đang chờ người xem xét: do hệ thống giữ lại, người dùng báo cáo hoặc "
        "cơ quan chức năng yêu cầu.",
        "en": "Content waiting for a person: held by the system, reported by users or "
        "requested by an authority.",
    },
    "filters": {"vi": "Bộ lọc", "en": "Filters"},
    "filter_source": {"vi": "Nguồn", "en": "Source"},
    "filter_label": {"vi": "Nhãn", "en": "Label"},
    "filter_surface": {"vi": "Vị trí", "en": "Surface"},
    "filter_age": {"vi": "Thời gian chờ", "en": "Age"},
    "filter_sort": {"vi": "Sắp xếp", "en": "Sort"},
    "any": {"vi": "Tất cả", "en": "Any"},
    "apply": {"vi": "Lọc", "en": "Apply"},
    "reset": {"vi": "Bỏ lọc", "en": "Reset"},
    "sort_severity": {"vi": "Nghiêm trọng nhất trước", "en": "Most severe first"},
    "sort_oldest": {"vi": "Cũ nhất trước", "en": "Oldest first"},
    "age_1h": {"vi": "Dưới 1 giờ", "en": "Under 1 hour"},
    "age_24h": {"vi": "Dưới 24 giờ", "en": "Under 24 hours"},
    "age_7d": {"vi": "Dưới 7 ngày", "en": "Under 7 days"},
    "age_older7d": {"vi": "Hơn 7 ngày", "en": "Over 7 days"},
    "source_automated": {"vi": "Hệ thống giữ lại", "en": "Held automatically"},
    "source_user_report": {"vi": "Người dùng báo cáo", "en": "User report"},
    "source_authority_request": {"vi": "Yêu cầu của cơ quan", "en": "Authority request"},
    "source_appeal": {"vi": "Kháng nghị", "en": "Appeal"},
    "col_content": {"vi": "Nội dung", "en": "Content"},
    "col_source": {"vi": "Nguồn", "en": "Source"},
    "col_label": {"vi": "Nhãn", "en": "Label"},
    "col_surface": {"vi": "Vị trí", "en": "Surface"},
    "col_severity": {"vi": "Mức độ", "en": "Severity"},
    "col_waiting": {"vi": "Đã chờ", "en": "Waiting"},
    "col_status": {"vi": "Trạng thái", "en": "Status"},
    "col_platform": {"vi": "Nền tảng", "en": "Platform"},
    "col_when": {"vi": "Thời điểm", "en": "When"},
    "status_open": {"vi": "Chưa ai nhận", "en": "Unclaimed"},
    "claimed_by": {"vi": "Đang xử lý bởi", "en": "Claimed by"},
    "claimed_by_you": {"vi": "Bạn đang xử lý", "en": "Claimed by you"},
    "escalated": {"vi": "Đã chuyển cấp", "en": "Escalated"},
    "results": {"vi": "kết quả", "en": "results"},
    "page_of": {"vi": "Trang {page} / {pages}", "en": "Page {page} of {pages}"},
    "prev_page": {"vi": "← Trang trước", "en": "← Previous"},
    "next_page": {"vi": "Trang sau →", "en": "Next →"},
    "pagination": {"vi": "Phân trang", "en": "Pagination"},
    "queue_empty": {
        "vi": "Không có nội dung nào đang chờ với bộ lọc này.",
        "en": "Nothing is waiting with these filters.",
    },
    # item
    "item_title": {"vi": "Nội dung #{id}", "en": "Item #{id}"},
    "text": {"vi": "Văn bản", "en": "Text"},
    "highlight_note": {
        "vi": "Các đoạn được tô sáng là những đoạn bộ phát hiện đánh dấu.",
        "en": "Highlighted passages are the ones the detector marked.",
    },
    "detector": {"vi": "Bộ phát hiện", "en": "Detector"},
    "scores": {"vi": "Điểm", "en": "Scores"},
    "spam": {"vi": "Thư rác", "en": "Spam"},
    "model": {"vi": "Mô hình", "en": "Model"},
    "current_decision": {"vi": "Quyết định hiện tại", "en": "Current decision"},
    "action": {"vi": "Hành động", "en": "Action"},
    "rule": {"vi": "Quy tắc", "en": "Rule"},
    "policy_version": {"vi": "Phiên bản chính sách", "en": "Policy version"},
    "automated": {"vi": "Tự động", "en": "Automated"},
    "by_person": {"vi": "Do người quyết định", "en": "By a person"},
    "reason": {"vi": "Lý do", "en": "Reason"},
    "reason_help": {
        "vi": "Bắt buộc. Lý do được gửi cho nền tảng và có thể hiển thị cho tác giả.",
        "en": "Required. The reason is sent to the platform and may be shown to the author.",
    },
    "history": {"vi": "Lịch sử quyết định", "en": "Decision history"},
    "reports": {"vi": "Báo cáo của người dùng", "en": "User reports"},
    "authority_requests": {"vi": "Yêu cầu của cơ quan chức năng", "en": "Authority requests"},
    "authority": {"vi": "Cơ quan", "en": "Authority"},
    "legal_basis": {"vi": "Căn cứ pháp lý", "en": "Legal basis"},
    "deadline": {"vi": "Hạn", "en": "Deadline"},
    "outcome": {"vi": "Kết quả", "en": "Outcome"},
    "note": {"vi": "Ghi chú", "en": "Note"},
    "reviews": {"vi": "Các lần xem xét", "en": "Reviews"},
    "appeals": {"vi": "Kháng nghị", "en": "Appeals"},
    "author_pending": {
        "vi": "Nội dung khác của cùng tác giả đang chờ (chỉ văn bản)",
        "en": "The author's other pending items (text only)",
    },
    "none": {"vi": "Không có.", "en": "None."},
    "platform": {"vi": "Nền tảng", "en": "Platform"},
    "surface": {"vi": "Vị trí", "en": "Surface"},
    "received": {"vi": "Nhận lúc", "en": "Received"},
    "external_id": {"vi": "Mã trên nền tảng", "en": "Platform item id"},
    "work": {"vi": "Xử lý", "en": "Work on it"},
    "claim": {"vi": "Nhận xử lý", "en": "Claim"},
    "release": {"vi": "Trả lại hàng chờ", "en": "Release"},
    "claim_hint": {
        "vi": "Nhận xử lý để người khác không làm trùng. Quyền nhận hết hạn sau 30 phút.",
        "en": "Claim it so nobody else works on the same item. A claim lapses after 30 minutes.",
    },
    "claimed_by_other": {
        "vi": "{name} đang xử lý nội dung này.",
        "en": "{name} is working on this item.",
    },
    "no_pending": {
        "vi": "Nội dung này không còn việc nào đang chờ.",
        "en": "This item has no pending review work.",
    },
    "verdict": {"vi": "Quyết định của bạn", "en": "Your verdict"},
    "uphold": {"vi": "Giữ nguyên", "en": "Uphold"},
    "uphold_to": {"vi": "Giữ nguyên → {action}", "en": "Uphold → {action}"},
    "overturn": {"vi": "Thay đổi", "en": "Overturn"},
    "escalate": {"vi": "Chuyển cấp trên", "en": "Escalate"},
    "new_action": {"vi": "Hành động mới (khi thay đổi)", "en": "New action (for overturn)"},
    "submit": {"vi": "Gửi quyết định", "en": "Submit decision"},
    "act_uphold": {"vi": "giữ nguyên", "en": "uphold"},
    "act_overturn": {"vi": "thay đổi", "en": "overturn"},
    "act_escalate": {"vi": "chuyển cấp", "en": "escalate"},
    "action_allow": {"vi": "cho phép", "en": "allow"},
    "action_label": {"vi": "gắn cảnh báo", "en": "label"},
    "action_review": {"vi": "giữ lại chờ duyệt", "en": "hold for review"},
    "action_remove": {"vi": "gỡ bỏ", "en": "remove"},
    "decided": {"vi": "Đã ghi quyết định.", "en": "Decision recorded."},
    "escalated_done": {"vi": "Đã chuyển cấp trên.", "en": "Escalated."},
    "claimed_done": {"vi": "Bạn đã nhận xử lý.", "en": "You claimed it."},
    "released_done": {"vi": "Đã trả lại hàng chờ.", "en": "Released to the queue."},
    "next_in_queue": {"vi": "Mục tiếp theo", "en": "Next in queue"},
    "back_to_queue": {"vi": "← Về hàng chờ", "en": "← Back to the queue"},
    # appeals
    "appeals_title": {"vi": "Kháng nghị", "en": "Appeals"},
    "appeals_intro": {
        "vi": "Tác giả kháng nghị một quyết định. Người quyết định kháng nghị phải khác người "
        "đã ra quyết định ban đầu.",
        "en": "Authors appeal a decision. An appeal is decided by someone other than whoever "
        "made the original decision.",
    },
    "pending": {"vi": "Đang chờ", "en": "Pending"},
    "decided_tab": {"vi": "Đã quyết định", "en": "Decided"},
    "appeal_title": {"vi": "Kháng nghị {id}", "en": "Appeal {id}"},
    "statement": {"vi": "Lời trình bày của tác giả", "en": "The author's statement"},
    "appealed_decision": {"vi": "Quyết định bị kháng nghị", "en": "Decision under appeal"},
    "appeal_uphold": {"vi": "Giữ nguyên quyết định", "en": "Uphold the decision"},
    "appeal_reverse": {"vi": "Chấp nhận kháng nghị", "en": "Reverse the decision"},
    "appeal_status_pending": {"vi": "đang chờ", "en": "pending"},
    "appeal_status_upheld": {"vi": "giữ nguyên", "en": "upheld"},
    "appeal_status_reversed": {"vi": "đã đảo ngược", "en": "reversed"},
    "appeal_not_you": {
        "vi": "Bạn đã ra quyết định bị kháng nghị, nên một kiểm duyệt viên khác phải xử lý "
        "kháng nghị này.",
        "en": "You made the decision under appeal, so another moderator must decide this appeal.",
    },
    "appeal_decided": {"vi": "Đã quyết định kháng nghị.", "en": "Appeal decided."},
    "decided_by": {"vi": "Người quyết định", "en": "Decided by"},
    "appeals_empty": {"vi": "Không có kháng nghị nào.", "en": "No appeals."},
    "open": {"vi": "Mở", "en": "Open"},
    # audit
    "audit_title": {"vi": "Nhật ký kiểm toán", "en": "Audit log"},
    "audit_intro": {
        "vi": "Mọi hành động đều được ghi lại ở đây. Chỉ đọc: không thể sửa hay xóa.",
        "en": "Every act is recorded here. Read-only: nothing can be edited or deleted.",
    },
    "search": {"vi": "Tìm kiếm", "en": "Search"},
    "search_help": {
        "vi": "Tìm theo người thực hiện, hành động hoặc đối tượng (ví dụ: user:lan, "
        "review.overturn, appeal).",
        "en": "Match the actor, action or object (e.g. user:lan, review.overturn, appeal).",
    },
    "col_actor": {"vi": "Người thực hiện", "en": "Actor"},
    "col_action": {"vi": "Hành động", "en": "Action"},
    "col_object": {"vi": "Đối tượng", "en": "Object"},
    "col_change": {"vi": "Thay đổi", "en": "Change"},
    "audit_empty": {"vi": "Không có bản ghi nào.", "en": "No entries."},
    # policy
    "policy_title": {"vi": "Chính sách", "en": "Policy"},
    "active_policy": {"vi": "Chính sách đang áp dụng", "en": "Active policy"},
    "version": {"vi": "Phiên bản", "en": "Version"},
    "policy_history": {"vi": "Lịch sử", "en": "History"},
    "activated_at": {"vi": "Áp dụng lúc", "en": "Activated"},
    "activated_by": {"vi": "Người áp dụng", "en": "Activated by"},
    "edit_policy": {"vi": "Sửa chính sách (TOML)", "en": "Edit the policy (TOML)"},
    "edit_policy_help": {
        "vi": "Chạy thử trước: xem nội dung nào sẽ thay đổi. Khi áp dụng, hãy đặt phiên bản mới.",
        "en": "Dry-run first to see what would change. Give an activated policy a new version.",
    },
    "dry_run": {"vi": "Chạy thử", "en": "Dry run"},
    "activate": {"vi": "Áp dụng chính sách này", "en": "Activate this policy"},
    "dry_run_result": {"vi": "Kết quả chạy thử", "en": "Dry-run result"},
    "dry_run_summary": {
        "vi": "{total} nội dung được chạy lại, {changed} sẽ thay đổi ({stricter} nghiêm hơn, "
        "{looser} nhẹ hơn); {human} do người quyết định được giữ nguyên.",
        "en": "{total} items replayed, {changed} would change ({stricter} stricter, {looser} "
        "looser); {human} decided by a person stay as they are.",
    },
    "from": {"vi": "Từ", "en": "From"},
    "to": {"vi": "Thành", "en": "To"},
    "count": {"vi": "Số lượng", "en": "Count"},
    "policy_activated": {
        "vi": "Đã áp dụng chính sách {version}.",
        "en": "Policy {version} is active.",
    },
    "policy_unavailable": {
        "vi": "Chưa có chính sách nào được nạp.",
        "en": "No policy is loaded.",
    },
    "examples": {"vi": "Ví dụ", "en": "Examples"},
    # accounts
    "accounts_title": {"vi": "Tài khoản và khóa API", "en": "Accounts and API keys"},
    "create_account": {"vi": "Tạo tài khoản", "en": "Create an account"},
    "role": {"vi": "Vai trò", "en": "Role"},
    "create": {"vi": "Tạo", "en": "Create"},
    "active": {"vi": "Đang hoạt động", "en": "Active"},
    "inactive": {"vi": "Đã khóa", "en": "Deactivated"},
    "deactivate": {"vi": "Khóa", "en": "Deactivate"},
    "reactivate": {"vi": "Mở khóa", "en": "Reactivate"},
    "account_created": {"vi": "Đã tạo tài khoản {name}.", "en": "Account {name} created."},
    "password_help": {
        "vi": "Ít nhất 10 ký tự.",
        "en": "At least 10 characters.",
    },
    "api_keys": {"vi": "Khóa API của nền tảng", "en": "Platform API keys"},
    "create_api_key": {"vi": "Tạo khóa API", "en": "Create an API key"},
    "key_name": {"vi": "Tên khóa", "en": "Key name"},
    "api_key_created": {
        "vi": "Khóa API mới (chỉ hiển thị một lần, hãy sao chép ngay):",
        "en": "New API key (shown only once, copy it now):",
    },
    "api_keys_unavailable": {
        "vi": "Chưa có chức năng tạo khóa API trong bản cài đặt này.",
        "en": "API key creation is not available in this installation.",
    },
    "no_platforms": {
        "vi": "Chưa có nền tảng nào. Tạo bằng lệnh: vimod admin create-platform TÊN",
        "en": "No platforms yet. Create one with: vimod admin create-platform NAME",
    },
    "created_at": {"vi": "Tạo lúc", "en": "Created"},
    "prefix": {"vi": "Tiền tố", "en": "Prefix"},
    "revoked": {"vi": "Đã thu hồi", "en": "Revoked"},
    # errors
    "error": {"vi": "Lỗi", "en": "Error"},
    "error_403": {
        "vi": "Bạn không có quyền thực hiện việc này.",
        "en": "You are not allowed to do this.",
    },
    "error_403_csrf": {
        "vi": "Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang rồi thử lại.",
        "en": "The form expired or is invalid. Reload the page and try again.",
    },
    "error_404": {"vi": "Không tìm thấy trang này.", "en": "This page does not exist."},
    "error_409": {
        "vi": "Không thực hiện được vì trạng thái đã thay đổi:",
        "en": "This could not be done because the state changed:",
    },
    "error_400": {"vi": "Dữ liệu không hợp lệ:", "en": "Invalid input:"},
    "home": {"vi": "Về trang chính", "en": "Go to the start page"},
    "just_now": {"vi": "vừa xong", "en": "just now"},
    "minutes": {"vi": "{n} phút", "en": "{n} min"},
    "hours": {"vi": "{n} giờ", "en": "{n} h"},
    "days": {"vi": "{n} ngày", "en": "{n} d"},
    "help_title": {"vi": "Phím tắt", "en": "Keyboard shortcuts"},
    "close": {"vi": "Đóng", "en": "Close"},
    # ------------------------------------------------------------------ console v2
    "filter_category": {"vi": "Danh mục", "en": "Category"},
    "filter_rule": {"vi": "Quy tắc", "en": "Rule"},
    "filter_report_reason": {"vi": "Lý do báo cáo", "en": "Report reason"},
    "filter_claim": {"vi": "Người nhận", "en": "Claimed"},
    "claim_unclaimed": {"vi": "Chưa ai nhận", "en": "Unclaimed"},
    "claim_mine": {"vi": "Của tôi", "en": "Mine"},
    "claim_lapsed": {
        "vi": "Quyền nhận của {name} đã hết hạn",
        "en": "{name}'s claim has lapsed",
    },
    "claim_lapsed_take": {
        "vi": "Quyền nhận của {name} đã hết hạn (quá 30 phút): bạn có thể nhận nội dung này.",
        "en": "{name}'s claim lapsed (over 30 minutes ago): you can take this item.",
    },
    "form_locked": {
        "vi": "{name} đang xử lý nội dung này nên bạn chưa thể quyết định. Hãy chọn mục khác.",
        "en": "{name} is working on this item, so you cannot decide it. Pick another one.",
    },
    "n_reports": {"vi": "{n} báo cáo", "en": "{n} reports"},
    "canned_reason": {"vi": "Lý do có sẵn (phím 1–9)", "en": "Canned reason (keys 1–9)"},
    "canned_none": {"vi": "— tự viết lý do —", "en": "— write my own —"},
    "reason_extra": {
        "vi": "Ghi thêm (không bắt buộc khi chọn lý do có sẵn)",
        "en": "Add to it (optional with a canned reason)",
    },
    "reason_help_v2": {
        "vi": "Lý do được gửi cho nền tảng và có thể hiển thị cho tác giả. Chọn lý do có sẵn "
        "rồi nhấn Enter để gửi và mở mục tiếp theo.",
        "en": "The reason is sent to the platform and may be shown to the author. Pick a "
        "canned reason, then press Enter to submit and open the next item.",
    },
    "submit_next": {"vi": "Gửi và sang mục tiếp theo", "en": "Submit & next"},
    "categories": {"vi": "Danh mục vi phạm (điểm)", "en": "Categories (scores)"},
    "category": {"vi": "Danh mục", "en": "Category"},
    "category_none": {"vi": "không vi phạm", "en": "no violation"},
    "team_notes": {"vi": "Ghi chú nội bộ", "en": "Team notes"},
    "team_notes_help": {
        "vi": "Chỉ đội kiểm duyệt thấy; không bao giờ gửi cho nền tảng hay tác giả.",
        "en": "Seen by the team only; never sent to the platform or the author.",
    },
    "add_note": {"vi": "Thêm ghi chú", "en": "Add note"},
    "note_added": {"vi": "Đã thêm ghi chú nội bộ.", "en": "Team note added."},
    "lookup": {"vi": "Mở theo mã", "en": "Open by id"},
    "lookup_placeholder": {"vi": "Mã vimod hoặc mã trên nền tảng", "en": "vimod or platform id"},
    "bulk_done": {"vi": "Đã quyết định {n} nội dung.", "en": "{n} items decided."},
    "bulk_title": {"vi": "Quyết định hàng loạt", "en": "Decide several at once"},
    "bulk_help": {
        "vi": "Đánh dấu các dòng (phím x), chọn một lý do có sẵn và gửi: mỗi nội dung có "
        "quyết định, nhật ký và quyền khiếu nại riêng.",
        "en": "Tick rows (key x), choose a canned reason and submit: each item gets its own "
        "decision, audit entry and right of appeal.",
    },
    "bulk_submit": {"vi": "Quyết định các mục đã chọn", "en": "Decide the selected items"},
    "select_row": {"vi": "Chọn", "en": "Select"},
    "revoke": {"vi": "Thu hồi", "en": "Revoke"},
    "revoke_confirm": {
        "vi": "Thu hồi khóa {prefix}…? Nền tảng dùng khóa này sẽ bị từ chối ngay.",
        "en": "Revoke key {prefix}…? The platform using it is refused at once.",
    },
    "activate_confirm": {
        "vi": "Áp dụng chính sách này cho mọi nội dung mới từ bây giờ? Hãy chạy thử trước để "
        "xem các ví dụ sẽ thay đổi.",
        "en": "Apply this policy to all new content from now on? Run the dry run first to see "
        "example items that would change.",
    },
    "audit_item_id": {"vi": "Mã nội dung", "en": "Item id"},
    "audit_decision_id": {"vi": "Mã quyết định", "en": "Decision id"},
    "audit_since": {"vi": "Từ ngày", "en": "From"},
    "audit_until": {"vi": "Đến ngày", "en": "To"},
    "audit_csv": {"vi": "Tải CSV", "en": "Download CSV"},
    "api_key_revoked": {"vi": "Đã thu hồi khóa API.", "en": "API key revoked."},
    "select_cluster": {"vi": "Chọn cả nhóm {n} nội dung gần giống nhau",
                       "en": "Select the whole group of {n} near-duplicates"},
    "cluster_size": {"vi": "×{n} gần giống nhau", "en": "×{n} near-duplicates"},
    "new_items": {"vi": "Có {n} nội dung mới — tải lại trang", "en": "{n} new items — reload"},
    "draft_restored": {
        "vi": "Đã khôi phục bản nháp lý do bạn đang viết.",
        "en": "Your draft reason was restored.",
    },
    "err_claimed": {"vi": "{name} đang xử lý nội dung này.", "en": "{name} is working on this."},
    "err_meanwhile": {
        "vi": "Người khác vừa quyết định hoặc nhận nội dung này.",
        "en": "Someone else decided or claimed this meanwhile.",
    },
    "err_no_pending": {
        "vi": "Nội dung này không còn việc chờ (đã được quyết định?).",
        "en": "This item has no pending work (already decided?).",
    },
    "err_reason_required": {
        "vi": "Cần có lý do: chọn lý do có sẵn hoặc tự viết.",
        "en": "A reason is required: pick a canned one or write one.",
    },
    "err_other_moderator": {
        "vi": "Kháng nghị này phải do một người kiểm duyệt khác quyết định.",
        "en": "This appeal must be decided by another moderator.",
    },
    "err_same_action": {
        "vi": "Hành động hiện tại đã là «{action}»: hãy chọn giữ nguyên.",
        "en": "The current action is already '{action}': uphold instead.",
    },
    "err_overturn_action": {
        "vi": "Khi thay đổi, hãy chọn hành động mới.",
        "en": "Choose the new action for an overturn.",
    },
    "err_unknown_reason": {"vi": "Lý do có sẵn không tồn tại.", "en": "Unknown canned reason."},
    "err_choose_items": {"vi": "Hãy chọn ít nhất một nội dung.", "en": "Choose at least one item."},
    "err_note_empty": {"vi": "Ghi chú không được để trống.", "en": "A note needs text."},
    "error_405": {
        "vi": "Trang này không mở trực tiếp được. Hãy quay lại và thử lại.",
        "en": "This page cannot be opened directly. Go back and try again.",
    },
    "error_generic": {"vi": "Đã có lỗi xảy ra.", "en": "Something went wrong."},
}


def message(key: str, lang: str = DEFAULT_LANG, **kwargs: object) -> str:
    """The message ``key`` in ``lang`` (Vietnamese for an unknown language), formatted with
    ``kwargs``. Raises ``KeyError`` for an unknown key."""
    text = MESSAGES[key][lang if lang in LANGS else DEFAULT_LANG]
    return text.format(**kwargs) if kwargs else text


def bilingual(key: str, **kwargs: object) -> dict[str, str]:
    """``{"vi": ..., "en": ...}`` of the message ``key``."""
    return {lang: message(key, lang, **kwargs) for lang in LANGS}


__all__ = ["DEFAULT_LANG", "LANGS", "MESSAGES", "bilingual", "message"]
