import { Component, type ComponentChildren } from 'preact';

interface State {
  failed: boolean;
}

/** A screen that fails to render shows a way out instead of an empty page; the rest of the console keeps working. */
export class ErrorBoundary extends Component<{ children: ComponentChildren; resetKey: string }, State> {
  override state: State = { failed: false };

  static override getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidUpdate(previous: { resetKey: string }): void {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section>
        <h1>Không hiển thị được trang này</h1>
        <p class="alert alert-error" role="alert">
          Đã có lỗi ngoài dự kiến khi hiển thị dữ liệu. Hãy tải lại trang; nếu lỗi lặp lại, báo cho quản trị
          hệ thống.
        </p>
        <button type="button" class="btn btn-primary" onClick={() => location.reload()}>
          Tải lại trang
        </button>
      </section>
    );
  }
}
