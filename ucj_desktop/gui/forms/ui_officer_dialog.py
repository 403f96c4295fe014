# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'officer_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_OfficerDialog(object):
    def setupUi(self, OfficerDialog):
        if not OfficerDialog.objectName():
            OfficerDialog.setObjectName(u"OfficerDialog")
        OfficerDialog.resize(560, 260)
        OfficerDialog.setMinimumSize(QSize(560, 0))
        OfficerDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(OfficerDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 18, 20, 16)
        self.introLabel = QLabel(OfficerDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(4)
        self.usernameLabel = QLabel(OfficerDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.addWidget(self.usernameLabel, 0, 0, 1, 1)

        self.usernameEdit = QLineEdit(OfficerDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(32)

        self.formLayout.addWidget(self.usernameEdit, 0, 1, 1, 1)

        self.usernameHint = QLabel(OfficerDialog)
        self.usernameHint.setObjectName(u"usernameHint")
        self.usernameHint.setWordWrap(True)
        self.usernameHint.setStyleSheet(u"color: #4a5b66; font-size: 12px;")

        self.formLayout.addWidget(self.usernameHint, 1, 1, 1, 1)

        self.usernameError = QLabel(OfficerDialog)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setWordWrap(True)
        self.usernameError.setStyleSheet(u"color: #b3261e;")

        self.formLayout.addWidget(self.usernameError, 2, 1, 1, 1)

        self.fullNameLabel = QLabel(OfficerDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.formLayout.addWidget(self.fullNameLabel, 3, 0, 1, 1)

        self.fullNameEdit = QLineEdit(OfficerDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(120)

        self.formLayout.addWidget(self.fullNameEdit, 3, 1, 1, 1)

        self.fullNameError = QLabel(OfficerDialog)
        self.fullNameError.setObjectName(u"fullNameError")
        self.fullNameError.setWordWrap(True)
        self.fullNameError.setStyleSheet(u"color: #b3261e;")

        self.formLayout.addWidget(self.fullNameError, 4, 1, 1, 1)

        self.rolesLabel = QLabel(OfficerDialog)
        self.rolesLabel.setObjectName(u"rolesLabel")

        self.formLayout.addWidget(self.rolesLabel, 5, 0, 1, 1)

        self.rolesLayout = QHBoxLayout()
        self.rolesLayout.setSpacing(18)
        self.rolesLayout.setObjectName(u"rolesLayout")
        self.petugasCheck = QCheckBox(OfficerDialog)
        self.petugasCheck.setObjectName(u"petugasCheck")
        self.petugasCheck.setChecked(True)

        self.rolesLayout.addWidget(self.petugasCheck)

        self.verifikatorCheck = QCheckBox(OfficerDialog)
        self.verifikatorCheck.setObjectName(u"verifikatorCheck")

        self.rolesLayout.addWidget(self.verifikatorCheck)

        self.adminCheck = QCheckBox(OfficerDialog)
        self.adminCheck.setObjectName(u"adminCheck")

        self.rolesLayout.addWidget(self.adminCheck)

        self.rolesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rolesLayout.addItem(self.rolesSpacer)


        self.formLayout.addLayout(self.rolesLayout, 5, 1, 1, 1)

        self.rolesError = QLabel(OfficerDialog)
        self.rolesError.setObjectName(u"rolesError")
        self.rolesError.setWordWrap(True)
        self.rolesError.setStyleSheet(u"color: #b3261e;")

        self.formLayout.addWidget(self.rolesError, 6, 1, 1, 1)

        self.formLayout.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.formLayout)

        self.formError = QLabel(OfficerDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setStyleSheet(u"color: #b3261e;")

        self.dialogLayout.addWidget(self.formError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(OfficerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.fullNameEdit)
        QWidget.setTabOrder(self.fullNameEdit, self.petugasCheck)
        QWidget.setTabOrder(self.petugasCheck, self.verifikatorCheck)
        QWidget.setTabOrder(self.verifikatorCheck, self.adminCheck)

        self.retranslateUi(OfficerDialog)
        self.buttonBox.accepted.connect(OfficerDialog.accept)
        self.buttonBox.rejected.connect(OfficerDialog.reject)

        QMetaObject.connectSlotsByName(OfficerDialog)
    # setupUi

    def retranslateUi(self, OfficerDialog):
        OfficerDialog.setWindowTitle(QCoreApplication.translate("OfficerDialog", u"Tambah petugas", None))
        self.introLabel.setText(QCoreApplication.translate("OfficerDialog", u"Petugas baru menerima kata sandi sementara dan wajib menggantinya saat masuk pertama kali.", None))
        self.usernameLabel.setText(QCoreApplication.translate("OfficerDialog", u"&Nama pengguna:", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("OfficerDialog", u"mis. siti.aminah", None))
        self.usernameHint.setText(QCoreApplication.translate("OfficerDialog", u"3\u201332 huruf kecil, angka, titik, garis bawah atau tanda hubung.", None))
        self.fullNameLabel.setText(QCoreApplication.translate("OfficerDialog", u"Nama &lengkap:", None))
        self.rolesLabel.setText(QCoreApplication.translate("OfficerDialog", u"Peran:", None))
        self.petugasCheck.setText(QCoreApplication.translate("OfficerDialog", u"&Petugas", None))
        self.verifikatorCheck.setText(QCoreApplication.translate("OfficerDialog", u"&Verifikator", None))
        self.adminCheck.setText(QCoreApplication.translate("OfficerDialog", u"A&dmin", None))
    # retranslateUi

