export * from './form.model';
export * from './forms.exception';
export * from './form-html';
export * from './form-pdf';
export * from './forms.service';
export * from './forms.module';
